package io.alder.serialization.interop;

import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import java.io.IOException;
import java.io.Serializable;

/** Classes with user serializers, and the twin serializers. */
public final class CustomTypes {

    private CustomTypes() {
    }

    /** A final value class with its own serializer. */
    public record Money(long cents, String currency) {
    }

    /** A class hierarchy whose base class has the serializer. */
    abstract static class Shape {
        abstract double size();
    }

    static final class Circle extends Shape implements Serializable {

        private static final long serialVersionUID = 1L;

        final double radius;

        Circle(double radius) {
            this.radius = radius;
        }

        @Override
        double size() {
            return radius;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Circle c && c.radius == radius;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(radius);
        }
    }

    /** An interface with a serializer, implemented by a class that is also Serializable. */
    interface Labeled {
        String label();
    }

    /** Extra interfaces: the serializer of {@link Labeled} is found through the interface breadth-first. */
    interface Colored extends Labeled {
    }

    record Tag(String label) implements Colored, Serializable {
    }

    /** Handled by no serializer but the global one. */
    public record Token(String value) {
    }

    /** Serializable, so Java serialization takes it unless the global serializer overrides it. */
    record SerialToken(String value) implements Serializable {
    }

    public static final class MoneySerializer extends TwinSerializer<Money> {

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

    static final class ShapeSerializer extends TwinSerializer<Shape> {

        @Override
        public int getTypeId() {
            return 11;
        }

        @Override
        public void write(ObjectDataOutput out, Shape shape) throws IOException {
            out.writeDouble(shape.size());
        }

        @Override
        public Shape read(ObjectDataInput in) throws IOException {
            return new Circle(in.readDouble());
        }
    }

    static final class LabeledSerializer extends TwinSerializer<Labeled> {

        @Override
        public int getTypeId() {
            return 12;
        }

        @Override
        public void write(ObjectDataOutput out, Labeled value) throws IOException {
            out.writeUTF(value.label());
        }

        @Override
        public Labeled read(ObjectDataInput in) throws IOException {
            return new Tag(in.readUTF());
        }
    }

    /** Writes the simple class name, then the value, for {@link Token} and {@link SerialToken}. */
    public static final class GlobalSerializer extends TwinSerializer<Object> {

        @Override
        public int getTypeId() {
            return 20;
        }

        @Override
        public void write(ObjectDataOutput out, Object value) throws IOException {
            if (value instanceof Token token) {
                out.writeUTF("Token");
                out.writeUTF(token.value());
            } else if (value instanceof SerialToken token) {
                out.writeUTF("SerialToken");
                out.writeUTF(token.value());
            } else {
                throw new IOException("unexpected " + value);
            }
        }

        @Override
        public Object read(ObjectDataInput in) throws IOException {
            String kind = in.readUTF();
            String value = in.readUTF();
            return kind.equals("Token") ? new Token(value) : new SerialToken(value);
        }
    }
}
