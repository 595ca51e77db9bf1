package io.alder.client;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.PartitionAware;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableReader;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.interop.TwinConfig;
import io.alder.serialization.interop.TwinIdentified;
import io.alder.serialization.interop.TwinPortable;
import io.alder.serialization.interop.TwinSerializer;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * User classes that an Alder client and an official 3.12 client both serialize, and the one serialization
 * setup both clients get ({@link #twinConfig()}). Identified, portable and serializer classes are twins: they
 * implement Alder's interfaces and 3.12's, so the same object goes into either client.
 */
final class InteropTypes {

    static final int IDENTIFIED_FACTORY_ID = 1;
    static final int PORTABLE_FACTORY_ID = 2;

    private InteropTypes() {
    }

    /**
     * Both clients' setup: the identified and portable factories, class definitions of the portables (so that
     * a null nested portable and an empty portable array can be written), a serializer for {@link Money} and
     * a global serializer that takes {@link Token}.
     */
    static TwinConfig twinConfig() {
        ClassDefinition item = new ClassDefinitionBuilder(PORTABLE_FACTORY_ID, Item.CLASS_ID)
                .addUTFField("sku").addIntField("quantity").build();
        com.hazelcast.nio.serialization.ClassDefinition referenceItem =
                new com.hazelcast.nio.serialization.ClassDefinitionBuilder(PORTABLE_FACTORY_ID, Item.CLASS_ID)
                        .addUTFField("sku").addIntField("quantity").build();
        return new TwinConfig()
                .identifiedFactory(IDENTIFIED_FACTORY_ID,
                        classId -> classId == Employee.CLASS_ID ? new Employee() : null)
                .portableFactory(PORTABLE_FACTORY_ID, InteropTypes::portable)
                .classDefinition(item, referenceItem)
                .classDefinition(new ClassDefinitionBuilder(PORTABLE_FACTORY_ID, Order.CLASS_ID).addUTFField("id")
                                .addPortableField("main", item).addPortableArrayField("items", item)
                                .addLongField("total").build(),
                        new com.hazelcast.nio.serialization.ClassDefinitionBuilder(PORTABLE_FACTORY_ID, Order.CLASS_ID)
                                .addUTFField("id").addPortableField("main", referenceItem)
                                .addPortableArrayField("items", referenceItem).addLongField("total").build())
                .serializer(Money.class, new MoneySerializer())
                .globalSerializer(new TokenSerializer(), false);
    }

    private static TwinPortable portable(int classId) {
        return switch (classId) {
            case Order.CLASS_ID -> new Order();
            case Item.CLASS_ID -> new Item();
            default -> null;
        };
    }

    /** A user enum: Java serialization, as in 3.12. */
    enum Color {
        RED, GREEN
    }

    /** A plain Serializable class. */
    record Account(String owner, List<String> tags, BigDecimal balance) implements Serializable {
    }

    /** Writes its own fields through {@link Externalizable}; public with a public constructor, as it must be. */
    public static final class Preferences implements Externalizable {

        private String theme;
        private int fontSize;

        public Preferences() {
        }

        Preferences(String theme, int fontSize) {
            this.theme = theme;
            this.fontSize = fontSize;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeUTF(theme);
            out.writeInt(fontSize);
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            theme = in.readUTF();
            fontSize = in.readInt();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Preferences p && theme.equals(p.theme) && fontSize == p.fontSize;
        }

        @Override
        public int hashCode() {
            return Objects.hash(theme, fontSize);
        }

        @Override
        public String toString() {
            return "Preferences{" + theme + ", " + fontSize + '}';
        }
    }

    /** A key that lives in the partition of its region (both clients' {@code PartitionAware}). */
    record RegionKey(String orderId, String region)
            implements PartitionAware<String>, com.hazelcast.core.PartitionAware<String>, Serializable {

        @Override
        public String getPartitionKey() {
            return region;
        }
    }

    /** An identified data-serializable class with scalars, a String array and a nested object of any type. */
    static final class Employee extends TwinIdentified {

        static final int CLASS_ID = 1;

        String name;
        int age;
        String[] nicknames;
        Object manager;

        Employee() {
        }

        Employee(String name, int age, String[] nicknames, Object manager) {
            this.name = name;
            this.age = age;
            this.nicknames = nicknames;
            this.manager = manager;
        }

        @Override
        public int getFactoryId() {
            return IDENTIFIED_FACTORY_ID;
        }

        @Override
        public int getId() {
            return CLASS_ID;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeUTF(name);
            out.writeInt(age);
            out.writeUTFArray(nicknames);
            out.writeObject(manager);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            name = in.readUTF();
            age = in.readInt();
            nicknames = in.readUTFArray();
            manager = in.readObject();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Employee e && Objects.equals(name, e.name) && age == e.age
                    && Arrays.equals(nicknames, e.nicknames) && Objects.equals(manager, e.manager);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }

        @Override
        public String toString() {
            return "Employee{" + name + ", " + age + ", " + Arrays.toString(nicknames) + ", " + manager + '}';
        }
    }

    /** A portable nested in {@link Order}. */
    static final class Item extends TwinPortable {

        static final int CLASS_ID = 2;

        String sku;
        int quantity;

        Item() {
        }

        Item(String sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }

        @Override
        public int getFactoryId() {
            return PORTABLE_FACTORY_ID;
        }

        @Override
        public int getClassId() {
            return CLASS_ID;
        }

        @Override
        public void writePortable(PortableWriter w) throws IOException {
            w.writeUTF("sku", sku);
            w.writeInt("quantity", quantity);
        }

        @Override
        public void readPortable(PortableReader r) throws IOException {
            sku = r.readUTF("sku");
            quantity = r.readInt("quantity");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && Objects.equals(sku, i.sku) && quantity == i.quantity;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, quantity);
        }

        @Override
        public String toString() {
            return "Item{" + sku + " x" + quantity + '}';
        }
    }

    /** A portable with a nested portable and a portable array, either of which may be null or empty. */
    static final class Order extends TwinPortable {

        static final int CLASS_ID = 1;

        String id;
        Item main;
        Portable[] items;
        long total;

        Order() {
        }

        Order(String id, Item main, Portable[] items, long total) {
            this.id = id;
            this.main = main;
            this.items = items;
            this.total = total;
        }

        @Override
        public int getFactoryId() {
            return PORTABLE_FACTORY_ID;
        }

        @Override
        public int getClassId() {
            return CLASS_ID;
        }

        @Override
        public void writePortable(PortableWriter w) throws IOException {
            w.writeUTF("id", id);
            w.writePortable("main", main);
            w.writePortableArray("items", items);
            w.writeLong("total", total);
        }

        @Override
        public void readPortable(PortableReader r) throws IOException {
            total = r.readLong("total");
            items = r.readPortableArray("items");
            main = r.readPortable("main");
            id = r.readUTF("id");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Order v && Objects.equals(id, v.id) && Objects.equals(main, v.main)
                    && Arrays.equals(items, v.items) && total == v.total;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, main, total);
        }

        @Override
        public String toString() {
            return "Order{" + id + ", " + main + ", " + Arrays.toString(items) + ", " + total + '}';
        }
    }

    /** A value class with its own stream serializer. */
    record Money(long cents, String currency) {
    }

    /** A class no serializer but the global one takes: it is not Serializable. */
    record Token(String value) {
    }

    static final class MoneySerializer extends TwinSerializer<Money> {

        @Override
        public int getTypeId() {
            return 10;
        }

        @Override
        public void write(ObjectDataOutput out, Money money) throws IOException {
            out.writeLong(money.cents());
            out.writeUTF(money.currency());
        }

        @Override
        public Money read(ObjectDataInput in) throws IOException {
            return new Money(in.readLong(), in.readUTF());
        }
    }

    static final class TokenSerializer extends TwinSerializer<Object> {

        @Override
        public int getTypeId() {
            return 20;
        }

        @Override
        public void write(ObjectDataOutput out, Object value) throws IOException {
            if (!(value instanceof Token token)) {
                throw new IOException("the global serializer takes Tokens only, not " + value);
            }
            out.writeUTF(token.value());
        }

        @Override
        public Object read(ObjectDataInput in) throws IOException {
            return new Token(in.readUTF());
        }
    }
}
