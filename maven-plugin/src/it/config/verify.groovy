// The spec did not change, only basePackage did: build 2 regenerated under the new package and removed
// everything it had generated under the old one.
def out = new File(basedir, 'target/generated-sources/tcgen')
def before = new File(basedir, 'target/before')
assert new File(before, 'it/first/omics/v20221128/GetRunCallsRequest.java').isFile()
assert new File(before, 'it/first/core').isDirectory()
assert !new File(out, 'it/first').exists() : 'the files generated under the old package must be gone'
assert new File(out, 'it/second/omics/v20221128/GetRunCallsRequest.java').text.startsWith('package it.second.omics.v20221128;')
assert new File(out, '.tcgen-files').readLines().every { it.startsWith('it/second/') }
assert new File(out, '.tcgen-stamp').text.contains('option basePackage = it.second')
assert new File(basedir, 'target/classes/it/second/omics/v20221128/GetRunCallsRequest.class').isFile()
def log = new File(basedir, 'build.log').text
assert !log.contains('tcgen: up to date')
assert log =~ /tcgen: 6 files \(6 written, 0 unchanged, 6 removed\)/
return true
