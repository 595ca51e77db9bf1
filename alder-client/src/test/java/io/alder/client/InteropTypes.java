package io.alder.client;

import io.alder.serialization.PartitionAware;
import io.alder.serialization.interop.CustomTypes.GlobalSerializer;
import io.alder.serialization.interop.CustomTypes.Money;
import io.alder.serialization.interop.CustomTypes.MoneySerializer;
import io.alder.serialization.interop.IdentifiedTypes;
import io.alder.serialization.interop.PortableTypes;
import io.alder.serialization.interop.TwinConfig;
import java.io.Serializable;

/**
 * The serialization setup that an Alder client and an official 3.12 client both get ({@link #twinConfig()}),
 * over the twin user classes of alder-serialization's interop tests, and a partition-aware key of both
 * clients' kinds.
 */
final class InteropTypes {

    private InteropTypes() {
    }

    /**
     * Both clients' setup: the identified and portable factories, class definitions of the portables (so that
     * a null nested portable and an empty portable array can be written), a serializer for {@link Money} and
     * a global serializer that takes {@code CustomTypes.Token}.
     */
    static TwinConfig twinConfig() {
        return PortableTypes.withOuterDefinitions(new TwinConfig()
                        .identifiedFactory(IdentifiedTypes.FACTORY_ID, IdentifiedTypes::create)
                        .portableFactory(PortableTypes.FACTORY_ID, PortableTypes::create))
                .serializer(Money.class, new MoneySerializer())
                .globalSerializer(new GlobalSerializer(), false);
    }

    /** A key that lives in the partition of its region (both clients' {@code PartitionAware}). */
    record RegionKey(String orderId, String region)
            implements PartitionAware<String>, com.hazelcast.core.PartitionAware<String>, Serializable {

        @Override
        public String getPartitionKey() {
            return region;
        }
    }
}
