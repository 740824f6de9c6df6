// The consumer compiled against the generated code and its tests ran against it.
def out = new File(basedir, 'target/generated-sources/tcgen')
def pkg = new File(out, 'it/basic/client/omics/v20221128')
['GetRunCallsRequest', 'GetRunCallsResponse', 'RunMetadata', 'OmicsErrorCode'].each {
    assert new File(pkg, it + '.java').isFile() : "missing generated $it"
}
assert new File(out, '.tcgen-files').isFile()
assert new File(out, '.tcgen-stamp').isFile()
assert new File(basedir, 'target/classes/it/basic/RunCalls.class').isFile()
assert new File(basedir, 'target/classes/it/basic/client/omics/v20221128/OmicsClient.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /tcgen: \d+ files \(\d+ written, 0 unchanged, 0 removed\)/
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
