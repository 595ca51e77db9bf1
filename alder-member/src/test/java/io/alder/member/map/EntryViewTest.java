package io.alder.member.map;

import static io.alder.member.map.MapFixture.ALICE;
import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.START;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryViewTest {

    private final MapFixture fx = new MapFixture();
    private final Data k = data("k");
    private final Data v1 = data("value-1");

    @Test
    void aNewEntry() {
        fx.put(k, v1);

        assertThat(fx.view(k)).isEqualTo(new EntryView(k, v1, k.size() + v1.size(), START, Long.MAX_VALUE, 0, 0, 0,
                START, 0, 0, Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Test
    void readsThatFindTheEntryAreHits() {
        fx.put(k, v1);
        fx.time.advance(10);
        fx.get(k);
        fx.time.advance(10);
        fx.maps.containsKey(partitionOf(k), MAP, k);
        fx.maps.getAll(partitionOf(k), MAP, List.of(k));

        EntryView view = fx.view(k);

        assertThat(view.hits()).isEqualTo(3);
        assertThat(view.lastAccessTime()).isEqualTo(START + 20);
        assertThat(view.lastUpdateTime()).isEqualTo(START);
        assertThat(view.version()).isZero();
    }

    @Test
    void updatesMoveTheVersionAndCountAsAccessAs312Does() {
        fx.put(k, v1);
        fx.time.advance(10);
        fx.put(k, data("value-2"));
        fx.time.advance(10);
        MapFixture.<Data>now(reply -> fx.maps.replace(partitionOf(k), MAP, k, data("value-3"), ALICE, reply));

        EntryView view = fx.view(k);

        assertThat(view.value()).isEqualTo(data("value-3"));
        assertThat(view.creationTime()).isEqualTo(START);
        assertThat(view.lastUpdateTime()).isEqualTo(START + 20);
        assertThat(view.lastAccessTime()).isEqualTo(START + 20);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.hits()).isEqualTo(2);
        assertThat(view.cost()).isEqualTo(k.size() + data("value-3").size());
    }

    @Test
    void aMissOrAnEntryViewIsNoHit() {
        fx.put(k, v1);
        fx.get(data("other"));
        fx.view(k);

        assertThat(fx.view(k).hits()).isZero();
    }

    @Test
    void theExpirationTimeIsTheNearerOfTtlAndMaxIdle() {
        fx.put(k, v1, 5_000, 1_000);
        assertThat(fx.view(k)).extracting(EntryView::ttl, EntryView::maxIdle, EntryView::expirationTime)
                .containsExactly(5_000L, 1_000L, START + 1_000);

        for (int access = 0; access < 5; access++) {
            fx.time.advance(900);
            assertThat(fx.get(k)).isEqualTo(v1);
        }
        assertThat(fx.view(k).expirationTime()).as("ttl, counted from the update").isEqualTo(START + 5_000);
    }

    @Test
    void aMissingEntryHasNoView() {
        assertThat(fx.view(k)).isNull();
    }
}
