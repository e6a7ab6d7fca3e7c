package org.appwatch.localstore.http;

import java.util.Arrays;
import java.util.Optional;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Category;
import org.appwatch.localstore.corpus.CategoryIndex;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.StoreId;

/**
 * The Play-style web store: {@code /store/apps} (categories), {@code
 * /store/apps/category/<ID>?page=N} (1-based, {@value #PAGE_SIZE} apps a page) and {@code
 * /store/apps/details?id=<pkg>}.
 */
final class WebStoreRoutes implements Route {

  static final int PAGE_SIZE = 50;

  private final Corpus corpus;
  private final CategoryIndex index;
  private final WebPages pages;

  WebStoreRoutes(Corpus corpus, CategoryIndex index, WebPages pages) {
    this.corpus = corpus;
    this.index = index;
    this.pages = pages;
  }

  @Override
  public Reply handle(Request req) {
    String path = req.path();
    if (path.equals("/store/apps") || path.equals("/store/apps/")) {
      return Reply.html(pages.categories());
    }
    if (path.startsWith("/store/apps/category/")) {
      Optional<Category> c = category(path.substring("/store/apps/category/".length()));
      int page = req.intParam("page", 1);
      if (c.isEmpty() || page < 1) {
        return Reply.status(404, "Not Found");
      }
      CategoryIndex.Page p = index.page(StoreId.WEB, c.get(), page - 1, PAGE_SIZE);
      if (p.indices().length == 0 && page > 1) {
        return Reply.status(404, "Not Found");
      }
      return Reply.html(pages.category(c.get(), page, p, corpus::app));
    }
    if (path.equals("/store/apps/details")) {
      Optional<AppSpec> app =
          Optional.ofNullable(req.query().get("id"))
              .flatMap(corpus::byPackage)
              .filter(a -> a.listedIn(StoreId.WEB));
      return app.map(a -> Reply.html(pages.details(a))).orElse(Reply.status(404, "Not Found"));
    }
    return Reply.status(404, "Not Found");
  }

  static Optional<Category> category(String id) {
    return Arrays.stream(Category.values()).filter(c -> c.id().equals(id)).findFirst();
  }
}
