package io.alder.protocol.codec;

/** A distributed object: {@code serviceName:str}, {@code name:str}. */
public record DistributedObjectInfo(String serviceName, String name) {
}
