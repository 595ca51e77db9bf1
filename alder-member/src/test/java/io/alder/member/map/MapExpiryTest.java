package io.alder.member.map;

import static io.alder.member.map.EntryEventType.EVICTED;
import static io.alder.member.map.EntryEventType.EXPIRED;
import static io.alder.member.map.MapFixture.ALICE;
import static io.alder.member.map.MapFixture.BOB;
import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.serialization.Data;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapExpiryTest {

    private final MapFixture fx = new MapFixture();
    private final MapService maps = fx.maps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void anEntryLivesForItsTtl() {
        fx.put(k, data("v"), 1_000, -1);

        fx.time.advance(999);
        assertThat(fx.get(k)).isEqualTo(data("v"));
        fx.time.advance(1);
        assertThat(fx.get(k)).isNull();
        assertThat(maps.size(MAP)).isZero();
    }

    @Test
    void expiryPublishesEvictedAndExpiredWithTheOldValue() {
        List<MapEntryEvent> heard = fx.listen(null, EVICTED.flag() | EXPIRED.flag(), true);
        fx.put(k, data("v"), 1_000, -1);

        fx.time.advance(1_000);
        assertThat(maps.containsKey(pk, MAP, k)).isFalse();

        assertThat(heard).extracting(MapEntryEvent::type, MapEntryEvent::key, MapEntryEvent::value,
                        MapEntryEvent::oldValue, MapEntryEvent::partitionId)
                .containsExactly(tuple(EVICTED, k, null, data("v"), pk), tuple(EXPIRED, k, null, data("v"), pk));
    }

    @Test
    void theSweepExpiresEntriesNobodyLooksAt() {
        List<MapEntryEvent> heard = fx.listen(null, EXPIRED.flag(), true);
        fx.put(k, data("v"), 1_500, -1);

        fx.time.advance(1_000);
        assertThat(heard).isEmpty();
        fx.time.advance(MapService.SWEEP_PERIOD_MILLIS);

        assertThat(heard).extracting(MapEntryEvent::type, MapEntryEvent::key).containsExactly(tuple(EXPIRED, k));
    }

    @Test
    void maxIdleCountsFromTheLastAccess() {
        fx.put(k, data("v"), -1, 1_000);

        fx.time.advance(600);
        assertThat(fx.get(k)).isEqualTo(data("v"));
        fx.time.advance(999);
        assertThat(fx.view(k)).as("an entry view is not an access").isNotNull();
        fx.time.advance(1);
        assertThat(fx.view(k)).isNull();
    }

    @Test
    void writesCountAsAccessForMaxIdle() {
        fx.put(k, data("v1"), -1, 1_000);
        fx.time.advance(900);
        fx.put(k, data("v2"));

        fx.time.advance(900);

        assertThat(fx.get(k)).isEqualTo(data("v2"));
    }

    @Test
    void anUpdateRestartsTheTtlAndKeepsItUnlessToldOtherwise() {
        fx.put(k, data("v1"), 1_000, -1);
        fx.time.advance(800);
        fx.put(k, data("v2"));

        assertThat(fx.view(k).ttl()).isEqualTo(1_000);
        fx.time.advance(999);
        assertThat(fx.get(k)).isEqualTo(data("v2"));
        fx.time.advance(1);
        assertThat(fx.get(k)).isNull();
    }

    @Test
    void aZeroTtlMeansForever() {
        fx.put(k, data("v1"), 1_000, -1);
        fx.put(k, data("v2"), 0, 0);

        fx.time.advance(1_000_000);

        assertThat(fx.get(k)).isEqualTo(data("v2"));
        assertThat(fx.view(k).expirationTime()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void setTtlCountsFromTheLastUpdate() {
        fx.put(k, data("v"));
        fx.time.advance(500);

        assertThat(MapFixture.<Boolean>now(reply -> maps.setTtl(pk, MAP, k, 1_000, ALICE, reply))).isTrue();

        assertThat(fx.view(k).expirationTime()).isEqualTo(MapFixture.START + 1_000);
        assertThat(fx.view(k).version()).isZero();
        fx.time.advance(500);
        assertThat(fx.get(k)).isNull();
        assertThat(MapFixture.<Boolean>now(reply -> maps.setTtl(pk, MAP, k, 1_000, ALICE, reply))).isFalse();
    }

    @Test
    void setTtlCanMakeAnEntryExpireSoonerThanPlanned() {
        List<MapEntryEvent> heard = fx.listen(null, EXPIRED.flag(), false);
        fx.put(k, data("v"), 60_000, -1);

        MapFixture.<Boolean>now(reply -> maps.setTtl(pk, MAP, k, 1_000, ALICE, reply));
        fx.time.advance(MapService.SWEEP_PERIOD_MILLIS);

        assertThat(heard).hasSize(1);
    }

    @Test
    void aLockedEntryDoesNotExpireUntilUnlocked() {
        fx.put(k, data("v"), 1_000, -1);
        fx.lock(k, BOB, -1, 1);

        fx.time.advance(5_000);
        assertThat(fx.get(k)).isEqualTo(data("v"));
        assertThat(maps.size(MAP)).isEqualTo(1);

        fx.unlock(k, BOB, 2);
        fx.time.advance(MapService.SWEEP_PERIOD_MILLIS);
        assertThat(maps.size(MAP)).isZero();
    }

    @Test
    void sizeNeverCountsExpiredEntries() {
        for (int i = 0; i < 50; i++) {
            fx.put(data("short-" + i), data("v"), 100, -1);
            fx.put(data("long-" + i), data("v"));
        }

        fx.time.advance(100);

        assertThat(maps.size(MAP)).isEqualTo(50);
        assertThat(maps.keySet(MAP)).allMatch(key -> fx.get(key) != null);
    }
}
