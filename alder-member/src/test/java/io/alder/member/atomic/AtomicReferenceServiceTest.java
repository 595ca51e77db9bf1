package io.alder.member.atomic;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import org.junit.jupiter.api.Test;

/** Atomic references: every operation of IAtomicReference, with values compared by their bytes. */
class AtomicReferenceServiceTest {

    private static final String NAME = "ref";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);
    private static final Data A = Strings.toData("a");
    private static final Data B = Strings.toData("b");

    private final ManualScheduler time = new ManualScheduler(0);
    private final Engine engine = new Engine(EngineSettings.DEFAULTS, time, time);
    private final AtomicReferenceService references = engine.atomicReferences();

    @Test
    void aReferenceNobodySetIsNull() {
        assertThat(references.get(P, NAME)).isNull();
        assertThat(references.isNull(P, NAME)).isTrue();
        assertThat(references.contains(P, NAME, null)).isTrue();
        assertThat(references.contains(P, NAME, A)).isFalse();
    }

    @Test
    void setGetAndClear() {
        references.set(P, NAME, A);
        assertThat(references.get(P, NAME)).isEqualTo(A);
        assertThat(references.isNull(P, NAME)).isFalse();
        assertThat(references.contains(P, NAME, A)).isTrue();
        assertThat(references.contains(P, NAME, null)).isFalse();

        references.set(P, NAME, null);
        assertThat(references.isNull(P, NAME)).isTrue();
    }

    @Test
    void getAndSetAnswersTheValueBefore() {
        assertThat(references.getAndSet(P, NAME, A)).isNull();
        assertThat(references.getAndSet(P, NAME, B)).isEqualTo(A);
        assertThat(references.getAndSet(P, NAME, null)).isEqualTo(B);
    }

    @Test
    void valuesAreTheSameWhenTheirBytesAre() {
        references.set(P, NAME, A);

        assertThat(references.contains(P, NAME, Data.wrap(A.bytes().clone()))).isTrue();
        assertThat(references.compareAndSet(P, NAME, Data.wrap(A.bytes().clone()), B)).isTrue();
        assertThat(references.get(P, NAME)).isEqualTo(B);
    }

    @Test
    void compareAndSetChangesOnlyTheExpectedValueAndNullIsAValue() {
        assertThat(references.compareAndSet(P, NAME, A, B)).isFalse();
        assertThat(references.compareAndSet(P, NAME, null, A)).isTrue();
        assertThat(references.compareAndSet(P, NAME, B, null)).isFalse();
        assertThat(references.compareAndSet(P, NAME, A, null)).isTrue();
        assertThat(references.isNull(P, NAME)).isTrue();
    }

    @Test
    void destroyingAReferenceSetsItBackToNull() {
        references.set(P, NAME, A);

        engine.distributedObjects().destroy(AtomicReferenceService.SERVICE_NAME, NAME);

        assertThat(references.isNull(P, NAME)).isTrue();
    }
}
