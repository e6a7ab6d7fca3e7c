package org.appwatch.localstore.apk;

import com.android.apksig.ApkSigner;
import com.android.apksig.apk.ApkFormatException;
import com.android.apksig.util.DataSinks;
import com.android.apksig.util.DataSources;
import com.android.apksig.util.ReadableDataSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.List;
import org.appwatch.localstore.apk.SigningKeys.SigningKey;

/**
 * Turns an {@link ApkSpec} into the bytes of a signed APK: binary manifest, {@code resources.arsc},
 * {@code classes.dex}, signed with APK signature schemes v1, v2 and v3 by the spec's {@link
 * ApkSpec.SignerIdentity} and zip-aligned.
 *
 * <p>Thread-safe. Equal specs give identical bytes, across runs of the same JDK and libraries. The
 * first APK of a signer pays for its key generation (see {@link SigningKeys}).
 */
public final class ApkWriter {

  /**
   * Writes a signed APK for {@code spec}.
   *
   * @return the APK file's bytes; identical for equal specs
   * @throws IllegalArgumentException if the spec cannot be encoded (a class name that is not one,
   *     {@code strings} redefining {@code app_name}, an over-long package name)
   */
  public byte[] write(ApkSpec spec) {
    byte[] manifest = ManifestXml.compile(spec, ResourceTable.APP_NAME_ID);
    byte[] resources = ResourceTable.compile(spec.packageName(), spec.appLabel(), spec.strings());
    byte[] dex = DexClasses.compile(spec.classNames());
    byte[] unsigned =
        new UnsignedApk(manifest.length + resources.length + dex.length)
            .add("AndroidManifest.xml", manifest)
            .add("classes.dex", dex)
            .add("resources.arsc", resources)
            .finish();
    return sign(unsigned, spec.minSdk(), SigningKeys.key(spec.signer()));
  }

  private static byte[] sign(byte[] unsigned, int minSdk, SigningKey key) {
    ApkSigner.SignerConfig signer =
        new ApkSigner.SignerConfig.Builder("CERT", key.privateKey(), List.of(key.certificate()))
            .build();
    ReadableDataSink out = DataSinks.newInMemoryDataSink(unsigned.length + 16 * 1024);
    try {
      // apksig also zip-aligns STORED entries to 4 bytes while copying them.
      new ApkSigner.Builder(List.of(signer))
          .setInputApk(DataSources.asDataSource(ByteBuffer.wrap(unsigned)))
          .setOutputApk(out)
          .setMinSdkVersion(minSdk)
          .setV1SigningEnabled(true)
          .setV2SigningEnabled(true)
          .setV3SigningEnabled(true)
          .setV4SigningEnabled(false)
          .build()
          .sign();
      ByteBuffer signed = out.getByteBuffer(0, Math.toIntExact(out.size()));
      byte[] apk = new byte[signed.remaining()];
      signed.get(apk);
      return apk;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ApkFormatException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign generated APK", e);
    }
  }
}
