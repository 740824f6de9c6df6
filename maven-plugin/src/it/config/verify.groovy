// The spec did not change, only basePackage did: build 2 regenerated under the new package and removed
// everything it had generated under the old one.
def out = new File(basedir, 'target/generated-sources/tcgen')
def before = new File(basedir, 'target/before')
assert new File(before, 'it/first/omics/v20221128/GetRunCallsRequest.java').isFile()
assert new File(before, 'it/first/core').isDirectory()
assert !new File(out, 'it/first').exists() : 'the files generated under the old package must be gone'
// Generated files open with a do-not-edit comment; the package line follows it.
assert new File(out, 'it/second/omics/v20221128/GetRunCallsRequest.java').readLines().find { it.startsWith('package ') } == 'package it.second.omics.v20221128;'
assert new File(out, '.tcgen-files').readLines().every { it.startsWith('it/second/') }
assert new File(out, '.tcgen-stamp').text.contains('option basePackage = it.second')
assert new File(basedir, 'target/classes/it/second/omics/v20221128/GetRunCallsRequest.class').isFile()
def log = new File(basedir, 'build.log').text
assert !log.contains('tcgen: up to date')
def regenerated = log =~ /tcgen: (\d+) files \((\d+) written, 0 unchanged, (\d+) removed\)/
assert regenerated.size() == 2
def (all, files, written, removed) = regenerated[1]
assert files == written && written == removed : 'every file moved to the new package'
assert new File(out, '.tcgen-files').readLines().size() == files as int
return true
