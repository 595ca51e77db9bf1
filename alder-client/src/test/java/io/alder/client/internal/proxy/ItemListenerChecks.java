package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.client.ItemEvent;
import io.alder.client.ItemEventType;
import io.alder.client.ItemListener;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ItemListenerRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.RequestFamily;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** What every proxy of items (queue, set, list) must do with an item listener, checked once for all. */
final class ItemListenerChecks {

    private ItemListenerChecks() {
    }

    /**
     * Registers a listener through {@code register} and checks that its registration goes out as
     * {@code add} and {@code remove} of {@code family} with partition -1, and that the ITEM events of the
     * registration reach the listener as ADDED and REMOVED events of the structure {@code name}.
     */
    static void assertRegistersAndHears(TestContext context, Consumer<ItemListener<String>> register,
            RequestFamily family, MessageType add, MessageType remove, String name, boolean includeValue) {
        List<ItemEvent<String>> heard = new CopyOnWriteArrayList<>();
        register.accept(new ItemListener<>() {
            @Override
            public void itemAdded(ItemEvent<String> event) {
                heard.add(event);
            }

            @Override
            public void itemRemoved(ItemEvent<String> event) {
                heard.add(event);
            }
        });

        RecordingInvocations.Registration registration = context.invocations().registrations().get(0);
        ClientMessage addRequest = registration.protocol().encodeAdd(context.allocator(), true);
        ClientMessage removeRequest = registration.protocol().encodeRemove(context.allocator(), "member-registration");
        try {
            assertThat(addRequest.type()).isEqualTo(add.id());
            assertThat(addRequest.partitionId()).isEqualTo(-1);
            assertThat(family.decode(addRequest)).isEqualTo(new ItemListenerRequest(name, includeValue, true));
            assertThat(removeRequest.type()).isEqualTo(remove.id());
            assertThat(family.decode(removeRequest)).isEqualTo(new RegistrationIdRequest(name, "member-registration"));
        } finally {
            addRequest.release();
            removeRequest.release();
        }
        deliver(context, registration, new EventCodec.ItemEvent(context.toData("a"), "member-1",
                EventCodec.ITEM_ADDED));
        deliver(context, registration, new EventCodec.ItemEvent(null, "member-1", EventCodec.ITEM_REMOVED));

        assertThat(heard).containsExactly(new ItemEvent<>(name, ItemEventType.ADDED, "a", "member-1"),
                new ItemEvent<>(name, ItemEventType.REMOVED, null, "member-1"));
    }

    private static void deliver(TestContext context, RecordingInvocations.Registration registration,
            EventCodec.ItemEvent event) {
        ClientMessage message = EventCodec.encodeItem(context.allocator(), 1, 5, event);
        try {
            registration.events().accept(message);
        } finally {
            message.release();
        }
    }
}
