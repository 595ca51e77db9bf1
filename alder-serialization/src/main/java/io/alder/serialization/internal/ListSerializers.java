package io.alder.serialization.internal;

import io.alder.serialization.SerializationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * ArrayList and LinkedList (exact classes, as in 3.12): the size, then each element as a nested object
 * (type id and body, no partition hash), so elements of any serializable type and null mix freely.
 */
final class ListSerializers {

    private ListSerializers() {
    }

    static List<BuiltIn> all() {
        return List.of(
                collection(ArrayList.class, TypeIds.ARRAY_LIST, ArrayList::new),
                collection(LinkedList.class, TypeIds.LINKED_LIST, size -> new LinkedList<>()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <C extends Collection> BuiltIn collection(Class<C> type, int typeId, IntFunction<C> create) {
        return BuiltIn.of(type, typeId, (out, collection) -> {
            out.writeInt(collection.size());
            for (Object element : collection) {
                out.writeObject(element);
            }
        }, in -> {
            int size = in.readInt();
            if (size < 0) {
                return null;
            }
            // every element takes at least its 4-byte type id: reject sizes the data cannot hold
            if (size > ((BufferInput) in).available() / Integer.BYTES) {
                throw new SerializationException("list size: " + size + " (expected: <= "
                        + ((BufferInput) in).available() / Integer.BYTES + ")");
            }
            C collection = create.apply(size);
            for (int i = 0; i < size; i++) {
                collection.add(in.readObject());
            }
            return collection;
        });
    }
}
