package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};

    @Test
    void onlySvgPngJpegAndWebpAreAccepted() {
        assertThat(Media.isMedia("content/media/a/b.svg")).isTrue();
        assertThat(Media.isMedia("content/media/a/b.WEBP")).isTrue();
        assertThat(Media.isMedia("content/media/a/b.gif")).isFalse();
        assertThat(Media.isMedia("content/units/a/b.png")).isFalse();
        assertThatThrownBy(() -> Media.accept("b.gif", PNG, 300)).hasMessageContaining("only SVG, PNG, JPEG and WebP");
    }

    @Test
    void aFileWhoseBytesAreNotItsTypeIsRefused() {
        assertThatThrownBy(() -> Media.accept("b.jpg", PNG, 300)).hasMessageContaining("not a JPEG picture");
        assertThat(Media.accept("b.png", PNG, 300).bytes()).isEqualTo(PNG);
    }

    @Test
    void aPictureOverTheLimitIsRefusedWithItsSize() {
        byte[] big = new byte[20 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> Media.accept("b.png", big, 10)).hasMessageContaining("20 KB; the most is 10 KB");
        assertThat(Media.accept("b.png", big, 30).bytes()).hasSize(big.length);
    }

    @Test
    void namesAreMadeSafe() {
        assertThat(Media.safeName("C:\\Users\\me\\Asylum Route (v2).SVG")).contains("asylum-route-v2.svg");
        assertThat(Media.safeName("../../etc/passwd")).isEmpty();
        assertThat(Media.safeName("picture.exe")).isEmpty();
    }

    @Test
    void storedPicturesRoundTripAndAreNamedByTheirHash() {
        String stored = Media.encode(PNG);
        assertThat(Media.decode(stored)).isEqualTo(PNG);
        Map<String, String> hashes = Media.hashes(Map.of("content/media/m/a.png", stored, "content/units/m/u.md", "x"));
        assertThat(hashes).containsOnlyKeys("media/m/a.png");
        assertThat(hashes.get("media/m/a.png")).hasSize(64).isEqualTo(Media.hash(PNG));
    }

    @Test
    void aStoredSvgMustAlreadyBeClean() {
        String hostile = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assertThat(Media.problems("content/media/m/a.svg", Media.encode(hostile.getBytes(StandardCharsets.UTF_8)), 300))
                .singleElement().asString().contains("a script");
    }
}
