// Both versions were generated into their own packages, with one core, and everything compiled.
def out = new File(basedir, 'target/generated-sources/tcgen/it/versions/client')
def classes = new File(basedir, 'target/classes/it/versions/client')
['omics/v20221128', 'omics/v20230501'].each { pkg ->
    ['GetRunCallsRequest', 'GetRunCallsResponse', 'RunMetadata', 'OmicsErrorCode'].each {
        assert new File(out, "$pkg/${it}.java").isFile() : "missing $pkg/$it"
        assert new File(classes, "$pkg/${it}.class").isFile() : "not compiled: $pkg/$it"
    }
}
assert new File(out, 'core').list().findAll { it.endsWith('.java') }.size() >= 1
assert !new File(out, 'omics/v20221128/RunMetadata.java').text.contains('workDir')
assert new File(out, 'omics/v20230501/RunMetadata.java').text.contains('workDir')
assert new File(basedir, 'target/classes/it/versions/Migration.class').isFile()
return true
