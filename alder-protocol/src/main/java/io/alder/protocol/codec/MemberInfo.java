package io.alder.protocol.codec;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster member as clients see it.
 *
 * <pre>
 *   | address: Address | uuid: str | liteMember: bool | attributeCount: i32 | (key: str, value: str)* |
 * </pre>
 */
public record MemberInfo(Address address, String uuid, boolean liteMember, Map<String, String> attributes) {

    public MemberInfo {
        attributes = Map.copyOf(attributes);
    }

    static MemberInfo read(ParameterReader in) {
        Address address = Address.read(in);
        String uuid = in.readString();
        boolean lite = in.readBoolean();
        int count = in.readCount("member attributes", 8);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put(in.readString(), in.readString());
        }
        return new MemberInfo(address, uuid, lite, attributes);
    }

    static List<MemberInfo> readList(ParameterReader in) {
        return in.readList("members", 17, MemberInfo::read);
    }

    void write(MessageWriter out) {
        address.write(out);
        out.writeString(uuid).writeBoolean(liteMember).writeInt(attributes.size());
        attributes.forEach((key, value) -> out.writeString(key).writeString(value));
    }

    static void writeList(MessageWriter out, List<MemberInfo> members) {
        out.writeInt(members.size());
        for (MemberInfo member : members) {
            member.write(out);
        }
    }
}
