package io.alder.serialization.interop;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Classes that only Java serialization handles. */
public final class JavaTypes {

    private JavaTypes() {
    }

    /** An object graph with a shared reference and a cycle. */
    public static final class Customer implements Serializable {

        private static final long serialVersionUID = 7L;

        final String name;
        final List<String> tags;
        final Map<String, Integer> counts = new TreeMap<>();
        final Customer self;
        final List<String> sameTags;

        public Customer(String name, List<String> tags) {
            this.name = name;
            this.tags = new ArrayList<>(tags);
            this.counts.put("orders", tags.size());
            this.self = this;
            this.sameTags = this.tags;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customer c && name.equals(c.name) && tags.equals(c.tags) && counts.equals(c.counts)
                    && c.self == c && c.sameTags == c.tags;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, tags);
        }

        @Override
        public String toString() {
            return "Customer{" + name + ", " + tags + '}';
        }
    }

    /** Writes its own fields through {@link Externalizable}. */
    public static final class Settings implements Externalizable {

        private String theme;
        private int fontSize;

        public Settings() {
        }

        public Settings(String theme, int fontSize) {
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
            return o instanceof Settings s && theme.equals(s.theme) && fontSize == s.fontSize;
        }

        @Override
        public int hashCode() {
            return Objects.hash(theme, fontSize);
        }

        @Override
        public String toString() {
            return "Settings{" + theme + ", " + fontSize + '}';
        }
    }
}
