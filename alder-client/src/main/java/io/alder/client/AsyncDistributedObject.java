package io.alder.client;

import java.util.concurrent.CompletionStage;

/** What every asynchronous view of a distributed object offers: its name, and destroying it. */
public interface AsyncDistributedObject {

    /** The object's name. */
    String getName();

    /** Destroys the object on the cluster (see {@link DistributedObject#destroy()}). */
    CompletionStage<Void> destroy();
}
