package it.versions;

/** Code that uses both API versions at once, as a caller migrating from one to the other would. */
public final class Migration {

    private Migration() {}

    public static it.versions.client.omics.v20230501.RunMetadata upgrade(
            it.versions.client.omics.v20221128.RunMetadata old, String workDir) {
        return it.versions.client.omics.v20230501.RunMetadata.builder()
                .runId(old.runId())
                .runType(old.runType())
                .callName(old.callName())
                .workDir(workDir)
                .build();
    }
}
