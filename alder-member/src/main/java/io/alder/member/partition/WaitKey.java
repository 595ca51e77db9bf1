package io.alder.member.partition;

import io.alder.serialization.Data;

/**
 * What a parked operation waits for: one key of one distributed object, such as a map key that another
 * caller has locked.
 *
 * @param serviceName the service that owns the object, e.g. {@code hz:impl:mapService}
 * @param objectName the object's name
 * @param key the key inside the object
 */
public record WaitKey(String serviceName, String objectName, Data key) {
}
