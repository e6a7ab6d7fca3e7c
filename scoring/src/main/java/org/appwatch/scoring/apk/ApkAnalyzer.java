package org.appwatch.scoring.apk;

import com.android.apksig.util.DataSources;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.appwatch.scoring.apk.catalogue.SdkDetector;

/**
 * Static analysis of one APK file: manifest, signatures, DEX classes, sensitive API references,
 * consent-dialog strings and third-party SDKs, into one {@link ApkReport}.
 *
 * <p>Never throws for a bad file: every problem ends as an {@link ApkError} in the report, within
 * the time and memory bounds of {@link ApkLimits} (memory: the central directory, the largest entry
 * read, and the class names). Thread-safe; analyse files in parallel from several threads.
 */
public final class ApkAnalyzer {
  private static final ApkAnalyzer DEFAULT =
      new ApkAnalyzer(ApkLimits.defaults(), SdkDetector.pinned(), PermissionTable.pinned());

  private final ApkLimits limits;
  private final SdkDetector detector;
  private final PermissionTable permissions;

  public ApkAnalyzer(ApkLimits limits, SdkDetector detector, PermissionTable permissions) {
    this.limits = limits;
    this.detector = detector;
    this.permissions = permissions;
  }

  /** Analyses {@code apk} with the default limits, the pinned SDK catalogue and tables. */
  public static ApkReport analyze(Path apk) {
    return DEFAULT.report(apk);
  }

  /** Analyses {@code apk}; never throws for a malformed or hostile file. */
  public ApkReport report(Path apk) {
    ReportDraft draft = new ReportDraft(apk.toString());
    try (FileChannel channel = FileChannel.open(apk, StandardOpenOption.READ)) {
      draft.size = channel.size();
      if (draft.size <= limits.maxFileBytes()) {
        draft.sha256 = FileDigest.sha256(channel);
      }
      FileSource source = new FileSource(channel);
      ZipArchive archive = ZipArchive.open(source, limits, draft.errors);
      read(archive, draft);
      draft.signing = signing(archive, channel, draft);
      draft.sdks =
          detector.detect(
              allClasses(draft),
              draft.manifest.components().stream().map(ManifestInfo.Component::name).toList(),
              draft.nativeLibraries,
              draft.manifest.metaData().keySet());
    } catch (ApkProblem p) {
      draft.errors.add(p.toError());
    } catch (IOException e) {
      draft.errors.add(new ApkError(ApkErrorCode.IO_ERROR, e.toString()));
    } catch (RuntimeException | StackOverflowError e) {
      draft.errors.add(new ApkError(ApkErrorCode.ANALYSER_FAILURE, e.toString()));
    }
    return draft.toReport();
  }

  private void read(ZipArchive archive, ReportDraft draft) throws ApkProblem, IOException {
    ZipEntryInfo manifestEntry = archive.entry("AndroidManifest.xml");
    if (manifestEntry == null) {
      throw new ApkProblem(ApkErrorCode.NO_MANIFEST, "no AndroidManifest.xml entry");
    }
    // The resource table first: the manifest's @string references resolve through it. A problem
    // with it waits until the manifest is read, so that a bad table still leaves the manifest.
    ResourceTable resources = ResourceTable.EMPTY;
    ApkProblem resourceProblem = null;
    ZipEntryInfo arsc = archive.entry("resources.arsc");
    try {
      resources = arsc == null ? resources : ResourceTable.open(archive.read(arsc), limits);
    } catch (ApkProblem p) {
      resourceProblem = p;
    }
    draft.manifest = ManifestParser.parse(archive.read(manifestEntry), limits, resources);
    draft.permissions =
        draft.manifest.usesPermissions().stream()
            .map(p -> permissions.facts(p.name()))
            .distinct()
            .toList();
    DexScanner scanner = new DexScanner(SensitiveApiTable.pinned());
    readDex(archive, scanner, draft.dexFiles, draft.errors);
    if (draft.dexFiles.isEmpty()) {
      draft.errors.add(new ApkError(ApkErrorCode.NO_DEX, "no classes*.dex entry"));
    }
    draft.classes = scanner.classes();
    draft.sensitiveApis.addAll(scanner.sensitiveApis());
    TreeSet<String> libs = new TreeSet<>();
    for (String name : archive.names()) {
      String lib = EntryNames.nativeLibrary(name);
      if (lib != null) {
        libs.add(lib);
      }
    }
    draft.nativeLibraries = List.copyOf(libs);
    if (resourceProblem != null) {
      if (resourceProblem.code().fatal()
          && resourceProblem.code() != ApkErrorCode.STRING_POOL_TOO_LARGE) {
        throw resourceProblem;
      }
      draft.errors.add(resourceProblem.toError());
    }
    draft.consent = ResourceStrings.scan(resources.strings(), archive.names());
    new NestedApks(limits).read(archive, draft);
  }

  /** Reads every {@code classes*.dex} in load order; a malformed one is recorded and skipped. */
  static void readDex(
      ZipArchive archive, DexScanner scanner, List<String> read, List<ApkError> errors)
      throws ApkProblem, IOException {
    List<String> dex = new ArrayList<>();
    for (String name : archive.names()) {
      if (EntryNames.dexIndex(name) > 0) {
        dex.add(name);
      }
    }
    dex.sort(Comparator.comparingInt(EntryNames::dexIndex));
    for (String name : dex) {
      try {
        scanner.scan(name, archive.read(archive.entry(name)));
        read.add(name);
      } catch (ApkProblem p) {
        if (p.code() != ApkErrorCode.DEX_MALFORMED) {
          throw p;
        }
        errors.add(p.toError());
      }
    }
  }

  private static SigningInfo signing(ZipArchive archive, FileChannel channel, ReportDraft draft)
      throws IOException {
    boolean v1 =
        archive.names().stream().anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF"));
    int[] ids = SigningBlock.ids(archive.source(), archive.centralDirectoryOffset());
    SigningInfo info = SignatureVerifier.verify(DataSources.asDataSource(channel), v1, ids);
    if (!info.v1() && !info.v2() && !info.v3()) {
      draft.errors.add(new ApkError(ApkErrorCode.UNSIGNED, "no v1, v2 or v3 signature"));
    } else if (!info.verified()) {
      draft.errors.add(
          new ApkError(ApkErrorCode.SIGNATURE_INVALID, String.join("; ", info.problems())));
    }
    return info;
  }

  private static Iterable<String> allClasses(ReportDraft draft) {
    List<String> all = new ArrayList<>(draft.classes);
    draft.nestedApks.forEach(n -> all.addAll(n.classes()));
    return all;
  }
}
