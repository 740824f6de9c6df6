// The bindings import dev.tcgen.runtime instead of carrying a copy, and the sandbox stayed in the test sources.
def main = new File(basedir, 'target/generated-sources/tcgen')
def test = new File(basedir, 'target/generated-test-sources/tcgen')
assert new File(main, 'it/dependency/client/omics/v20221128/OmicsClient.java').isFile()
assert !new File(main, 'it/dependency/client/core').exists() : 'no runtime copy with runtime=dependency'
assert !new File(main, 'it/dependency/client/omics/v20221128/OmicsSandbox.java').exists()
assert new File(test, 'it/dependency/client/omics/v20221128/OmicsSandbox.java').isFile()
assert new File(main, 'it/dependency/client/omics/v20221128/OmicsClient.java').text.contains('import dev.tcgen.runtime.ServiceClient;')
assert !new File(basedir, 'target/classes/it/dependency/client/omics/v20221128/OmicsSandbox.class').exists()
assert new File(basedir, 'target/test-classes/it/dependency/client/omics/v20221128/OmicsSandbox.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
return true
