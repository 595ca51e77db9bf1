package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.interop.PortableTypes.Inner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Portable class versions: data of one version read by the other version's class, in both directions. */
class PortableVersionInteropTest {

    private static final Sides V1 = sides(1);
    private static final Sides V2 = sides(2);
    private static final Sides V3 = sides(3);

    @Test
    void eachVersionMatchesReference() {
        V1.assertInterop(new Profile(1, "Ann", 30, 7, null, 0));
        V2.assertInterop(new Profile(2, "Ann", 30, 7, "a@x", 1.5));
        V3.assertInterop(new Profile(3, "Ann", 1L << 40, 70_000, null, 0));
    }

    @Test
    void newerClassReadsOlderDataWithDefaultsForAddedFields() {
        Profile v1 = new Profile(1, "Ann", 30, 7, null, 0);
        Profile expected = new Profile(2, "Ann", 30, 7, null, 0);

        Profile fromReference = V2.alderRead(V1.referenceBytes(v1));
        Profile fromAlder = V2.referenceRead(V1.alderBytes(v1));

        assertThat(fromReference).isEqualTo(expected);
        assertThat(fromReference.readVersion).isEqualTo(1);
        assertThat(fromAlder).isEqualTo(expected);
    }

    @Test
    void olderClassReadsNewerDataIgnoringAddedFields() {
        Profile v2 = new Profile(2, "Bo", 40, 3, "b@x", 9.5);
        Profile expected = new Profile(1, "Bo", 40, 3, null, 0);

        assertThat((Object) V1.alderRead(V2.referenceBytes(v2))).isEqualTo(expected);
        assertThat((Object) V1.referenceRead(V2.alderBytes(v2))).isEqualTo(expected);
    }

    @Test
    void widerFieldTypesReadNarrowerData() {
        Profile v1 = new Profile(1, "Cy", -5, -128, null, 0);
        Profile expected = new Profile(3, "Cy", -5, -128, null, 0);

        assertThat((Object) V3.alderRead(V1.referenceBytes(v1))).isEqualTo(expected);
        assertThat((Object) V3.referenceRead(V1.alderBytes(v1))).isEqualTo(expected);
    }

    @Test
    void narrowerFieldTypesCannotReadWiderData() {
        byte[] v3 = V3.referenceBytes(new Profile(3, "Di", 1, 1, null, 0));

        assertThatThrownBy(() -> V1.alderRead(v3)).isInstanceOf(IncompatibleClassChangeError.class)
                .hasMessageContaining("Incompatible to read INT from LONG while reading field: age");
        assertThatThrownBy(() -> V1.referenceRead(v3))
                .hasStackTraceContaining("Incompatible to read INT from LONG while reading field");
    }

    @Test
    void everyReadOfEveryFieldOfAnotherVersionMatchesReference() {
        Sides v1 = probeSides(1);
        Sides v2 = probeSides(2);
        VersionProbe written = new VersionProbe(1);
        List<String> expected = v2.<VersionProbe>referenceRead(v1.referenceBytes(written)).outcomes;

        assertThat(v2.<VersionProbe>alderRead(v1.referenceBytes(written)).outcomes).isEqualTo(expected);
        assertThat(v2.<VersionProbe>referenceRead(v1.alderBytes(written)).outcomes).isEqualTo(expected);
        // the outcomes cover widening, defaults for missing fields and refusals
        assertThat(expected).contains("byte as DOUBLE: [-7.0]", "char as INT: [8364]",
                "long as DOUBLE: [9.007199254740992E15]", "missing as BOOLEAN: [false]", "missing as CHAR: [\u0000]",
                "missing as INT_ARRAY: [null]", "int as SHORT: incompatible", "ints as INT_ARRAY: [[1, 2]]");
    }

    @Test
    void configuredPortableVersionAppliesToUnversionedClasses() {
        Sides sides = PortableInteropTest.portableSides().portableVersion(3).build();

        sides.assertInterop(new Inner("versioned by config", 1));
        assertThat(Sides.hex(sides.alderBytes(new Inner("x", 1))))
                .startsWith("00000000ffffffff0000000500000002" + "00000003");
    }

    private static Sides probeSides(int version) {
        return Sides.builder().portableFactory(VersionProbe.FACTORY_ID, classId -> new VersionProbe(version)).build();
    }

    private static Sides sides(int version) {
        return Sides.builder().portableFactory(Profile.FACTORY_ID, classId -> new Profile(version)).build();
    }
}
