package io.alder.serialization.interop;

/** A portable twin whose factory and class ids are given to its constructor. */
public abstract class FixedIdPortable extends TwinPortable {

    private final int factoryId;
    private final int classId;

    protected FixedIdPortable(int factoryId, int classId) {
        this.factoryId = factoryId;
        this.classId = classId;
    }

    @Override
    public final int getFactoryId() {
        return factoryId;
    }

    @Override
    public final int getClassId() {
        return classId;
    }
}
