package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.IFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

/**
 * References (3.12's IAtomicReference, Alder's AlderAtomicReference) through either client: every operation
 * with the result a 3.12 member gives, values compared in serialized form.
 */
class AtomicReferenceIT extends CompatSuite {

    /** A function a 3.12 member can run on a reference: it upper-cases the value. */
    static final class Shout implements IFunction<String, String> {

        private static final long serialVersionUID = 1L;

        @Override
        public String apply(String value) {
            return value == null ? null : value.toUpperCase();
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("set, get, getAndSet, setAndGet, compareAndSet, contains, isNull and clear answer as on 3.12, also asynchronously")
    void everyOperation(Target target) throws Exception {
        String name = uniqueName();
        AtomicReferenceView<String> reference = client(target).getAtomicReference(name);

        assertThat(reference.getName()).isEqualTo(name);
        assertThat(reference.get()).isNull();
        assertThat(reference.isNull()).isTrue();
        assertThat(reference.contains(null)).isTrue();
        reference.set("a");
        assertThat(reference.get()).isEqualTo("a");
        assertThat(reference.contains("a")).isTrue();
        assertThat(reference.contains(null)).isFalse();
        assertThat(reference.getAndSet("b")).isEqualTo("a");
        assertThat(reference.setAndGet("c")).isEqualTo("c");
        assertThat(reference.compareAndSet("b", "d")).isFalse();
        assertThat(reference.compareAndSet("c", "d")).isTrue();
        assertThat(otherClient(target).<String>getAtomicReference(name).get()).isEqualTo("d");
        assertThat(reference.containsAsync("d").get()).isTrue();
        reference.clear();
        assertThat(reference.isNull()).isTrue();
        assertThat(reference.compareAndSet(null, "e")).isTrue();
        assertThat(reference.compareAndSet("e", null)).isTrue();
        assertThat(reference.getAsync().get()).isNull();
        assertThat(reference.isNullAsync().get()).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("values are the same when their serialized forms are: an equal list of another class is not")
    void comparedSerialized(Target target) {
        AtomicReferenceView<Object> reference = client(target).getAtomicReference(uniqueName());

        assertThat(reference.setAndGet(new ArrayList<>(List.of(1, 2)))).isEqualTo(List.of(1, 2));
        assertThat(reference.contains(new ArrayList<>(List.of(1, 2)))).isTrue();
        assertThat(reference.contains(List.of(1, 2))).as("equal, but another class: other bytes").isFalse();
        assertThat(reference.compareAndSet(List.of(1, 2), "x")).isFalse();
        assertThat(reference.compareAndSet(new ArrayList<>(List.of(1, 2)), "x")).isTrue();
        assertThat(reference.get()).isEqualTo("x");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a reference is null again once destroyed")
    void destroy(Target target) {
        String name = uniqueName();
        AtomicReferenceView<String> reference = client(target).getAtomicReference(name);
        reference.set("v");

        reference.destroy();

        assertThat(otherClient(target).getAtomicReference(name).isNull()).isTrue();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("functions run on a 3.12 member; an Alder member, which runs no user code, refuses them with error 65")
    void functions(Target target) {
        AtomicReferenceView<String> reference = client(target).getAtomicReference(uniqueName());
        reference.set("a");

        if (target.server() == ServerKind.REFERENCE) {
            assertThat(reference.alterAndGet(new Shout())).isEqualTo("A");
            assertThat(reference.<String>apply(new Shout())).isEqualTo("A");
        } else {
            for (Runnable call : List.<Runnable>of(() -> reference.alter(new Shout()),
                    () -> reference.alterAndGet(new Shout()), () -> reference.getAndAlter(new Shout()),
                    () -> reference.apply(new Shout()))) {
                assertThatThrownBy(call::run).isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageContaining("IAtomicReference functions");
            }
            assertThat(reference.get()).isEqualTo("a");
        }
    }
}
