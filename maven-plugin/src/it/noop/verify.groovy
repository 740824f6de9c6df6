// The second build changed no generated file, bytes or timestamp, and said it was up to date. The third
// wrote again exactly the two files edited or deleted by hand, and nothing else.
def before = new File(basedir, 'target/before')
def after = new File(basedir, 'target/generated-sources/tcgen')
def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def old = files(before)
def now = files(after)
assert old.size() >= 6 : "expected a snapshot of the output, got ${old.keySet()}"
assert old.keySet() == now.keySet()
def pkg = 'dev/tcgen/client/omics/v20221128/'
def tampered = [pkg + 'GetRunCallsRequest.java', pkg + 'GetRunCallsResponse.java']
assert tampered.every { old.containsKey(it) }
old.each { path, file ->
    assert file.bytes == now[path].bytes : "$path changed"
    if (!(path in tampered) && path != '.tcgen-stamp') {
        assert file.lastModified() == now[path].lastModified() : "$path was rewritten"
    }
}
def log = new File(basedir, 'build.log').text
def generated = old.keySet().count { it.endsWith('.java') }
assert log =~ /tcgen: up to date \($generated files in .*generated-sources.tcgen\)/
assert log =~ /tcgen: $generated files \(2 written, ${generated - 2} unchanged, 0 removed\)/
// Build 4 skipped generation yet compiled the generated classes: the output directory stayed a source root.
assert log.contains('tcgen: skipped (tcgen.skip)')
assert new File(basedir, 'target/classes/dev/tcgen/client/omics/v20221128/GetRunCallsRequest.class').isFile()
return true
