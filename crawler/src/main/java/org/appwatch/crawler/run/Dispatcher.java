package org.appwatch.crawler.run;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.appwatch.crawler.frontier.Commit;
import org.appwatch.crawler.frontier.FrontierEntry;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.frontier.UrlStatus;

/**
 * Hands due URLs to a fixed pool of workers as the host scheduler allows, commits each outcome, and
 * ends when the frontier holds nothing left to fetch. A failure of the crawler itself (disk,
 * database) stops the crawl; it can be resumed.
 */
final class Dispatcher {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final CrawlContext ctx;
  private final CrawlListener listener;
  private final boolean resumed;
  private final Worker worker;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final Object signal = new Object();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final AtomicLong known = new AtomicLong();
  private final AtomicLong done = new AtomicLong();

  Dispatcher(CrawlContext ctx, CrawlListener listener, boolean resumed) {
    this.ctx = ctx;
    this.listener = listener;
    this.resumed = resumed;
    this.worker = new Worker(ctx);
  }

  void run() throws IOException {
    Map<String, Long> counts = ctx.frontier().countsByStatus();
    known.set(counts.values().stream().mapToLong(Long::longValue).sum());
    done.set(known.get() - counts.getOrDefault(UrlStatus.DISCOVERED.name(), 0L));
    listener.started(ctx.crawlId(), resumed, known.get(), done.get());
    int threads = ctx.settings().threads();
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "crawl-" + pool + "-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Semaphore slots = new Semaphore(threads);
    try {
      ctx.scheduler().wakeAll(ctx.frontier().pendingHosts());
      while (true) {
        throwIfFatal();
        long now = System.currentTimeMillis();
        FrontierEntry next = slots.tryAcquire() ? pick(now, slots) : null;
        if (next != null) {
          inFlight.add(next.id());
          workers.execute(() -> process(next, slots));
          continue;
        }
        if (inFlight.isEmpty()) {
          Map<String, Long> pending = ctx.frontier().pendingHosts();
          if (pending.isEmpty()) {
            break;
          }
          ctx.scheduler().wakeAll(pending);
        }
        ctx.frontier().flushIfDue();
        long wait = Math.min(200, ctx.scheduler().nextWakeMillis(now) - now);
        synchronized (signal) {
          signal.wait(Math.max(1, wait));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("crawl interrupted", e);
    } finally {
      workers.shutdownNow();
      try {
        workers.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throwIfFatal();
    ctx.frontier().flush();
  }

  private FrontierEntry pick(long now, Semaphore slots) throws IOException {
    FrontierEntry next = ctx.scheduler().next(now, ctx.frontier()::due, inFlight);
    if (next == null) {
      slots.release();
    }
    return next;
  }

  private void process(FrontierEntry entry, Semaphore slots) {
    Link link = entry.link();
    try {
      Outcome outcome = worker.process(entry);
      Commit c = outcome.commit();
      known.addAndGet(ctx.frontier().commit(c));
      for (Link l : c.discovered()) {
        ctx.scheduler().wake(l.host(), 0);
      }
      boolean finished = c.status() != UrlStatus.DISCOVERED;
      if (!finished) {
        ctx.scheduler().wake(link.host(), c.nextDueMillis());
      } else {
        done.incrementAndGet();
      }
      ctx.scheduler()
          .done(
              link.host(),
              outcome.hostFailure(),
              outcome.pauseUntilMillis(),
              System.currentTimeMillis());
      listener.processed(link.store(), outcome.label(), finished, known.get(), done.get());
    } catch (Throwable t) {
      fatal.compareAndSet(null, t);
      ctx.scheduler().done(link.host(), false, 0, System.currentTimeMillis());
    } finally {
      inFlight.remove(entry.id());
      slots.release();
      synchronized (signal) {
        signal.notifyAll();
      }
    }
  }

  private void throwIfFatal() throws IOException {
    Throwable t = fatal.get();
    if (t == null) {
      return;
    }
    if (t instanceof IOException e) {
      throw e;
    }
    throw new IOException("crawl stopped: " + t, t);
  }
}
