package io.alder.serialization.interop;

import io.alder.serialization.Data;
import io.alder.serialization.DataSerializable;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Data-serializable twin classes of factory {@value #FACTORY_ID}. */
public final class IdentifiedTypes {

    public static final int FACTORY_ID = 1;

    private IdentifiedTypes() {
    }

    public static TwinIdentified create(int classId) {
        return switch (classId) {
            case Person.CLASS_ID -> new Person();
            case Team.CLASS_ID -> new Team();
            default -> null;
        };
    }

    /** Scalars, a String array and a nested object of any type. */
    public static final class Person extends TwinIdentified {

        static final int CLASS_ID = 1;

        String name;
        int age;
        String[] emails;
        Object friend;

        Person() {
        }

        public Person(String name, int age, String[] emails, Object friend) {
            this.name = name;
            this.age = age;
            this.emails = emails;
            this.friend = friend;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getId() {
            return CLASS_ID;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeUTF(name);
            out.writeInt(age);
            out.writeUTFArray(emails);
            out.writeObject(friend);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            name = in.readUTF();
            age = in.readInt();
            emails = in.readUTFArray();
            friend = in.readObject();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Person p && Objects.equals(name, p.name) && age == p.age
                    && Arrays.equals(emails, p.emails) && Objects.equals(friend, p.friend);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }

        @Override
        public String toString() {
            return "Person{" + name + ", " + age + ", " + Arrays.toString(emails) + ", " + friend + '}';
        }
    }

    /** A list of members, nested serialized data and every primitive array. */
    static final class Team extends TwinIdentified {

        static final int CLASS_ID = 2;

        List<Object> members = new ArrayList<>();
        Data badge;
        long[] scores;
        char[] initials;
        double[] ratings;

        Team() {
        }

        Team(List<Object> members, Data badge, long[] scores, char[] initials, double[] ratings) {
            this.members = members;
            this.badge = badge;
            this.scores = scores;
            this.initials = initials;
            this.ratings = ratings;
        }

        @Override
        public int getFactoryId() {
            return FACTORY_ID;
        }

        @Override
        public int getId() {
            return CLASS_ID;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeInt(members.size());
            for (Object member : members) {
                out.writeObject(member);
            }
            out.writeData(badge);
            out.writeLongArray(scores);
            out.writeCharArray(initials);
            out.writeDoubleArray(ratings);
            out.writeBoolean(true);
            out.writeChars("ok");
            out.writeBytes("raw");
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            int size = in.readInt();
            members = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                members.add(in.readObject());
            }
            badge = in.readData();
            scores = in.readLongArray();
            initials = in.readCharArray();
            ratings = in.readDoubleArray();
            in.readBoolean();
            in.skipBytes(4 + 3);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Team t && members.equals(t.members) && Objects.equals(badge, t.badge)
                    && Arrays.equals(scores, t.scores) && Arrays.equals(initials, t.initials)
                    && Arrays.equals(ratings, t.ratings);
        }

        @Override
        public int hashCode() {
            return members.hashCode();
        }

        @Override
        public String toString() {
            return "Team{" + members + ", " + badge + '}';
        }
    }

    /** A plain data-serializable class, written with its class name. */
    static final class Address implements DataSerializable, com.hazelcast.nio.serialization.DataSerializable {

        String street;
        int number;

        Address() {
        }

        Address(String street, int number) {
            this.street = street;
            this.number = number;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeUTF(street);
            out.writeInt(number);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            street = in.readUTF();
            number = in.readInt();
        }

        @Override
        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
            writeData(Ref.output(out));
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            readData(Ref.input(in));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Address a && Objects.equals(street, a.street) && number == a.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(street, number);
        }

        @Override
        public String toString() {
            return "Address{" + street + " " + number + '}';
        }
    }
}
