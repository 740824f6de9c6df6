// The second build changed no generated file, bytes or timestamp, and said it was up to date.
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
old.each { path, file ->
    assert file.bytes == now[path].bytes : "$path changed"
    assert file.lastModified() == now[path].lastModified() : "$path was rewritten"
}
def log = new File(basedir, 'build.log').text
def generated = old.keySet().count { it.endsWith('.java') }
assert log =~ /tcgen: up to date \($generated files in .*generated-sources.tcgen\)/
// Build 3 skipped generation yet compiled the generated classes: the output directory stayed a source root.
assert log.contains('tcgen: skipped (tcgen.skip)')
assert new File(basedir, 'target/classes/dev/tcgen/client/omics/v20221128/GetRunCallsRequest.class').isFile()
return true
