// Build 2 failed on the broken spec with one located error line per problem, no stack trace, and left the
// previously generated output exactly as it was.
def log = new File(basedir, 'build.log').text
def spec = 'src/main/tcgen/omics.yaml'
def errors = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains(spec + ':') }
assert errors.size() == 2 : "expected two located errors, got:\n${errors.join('\n')}"
assert errors.every { it =~ /^\[ERROR\] \/.*\/src\/main\/tcgen\/omics\.yaml:\d+:\d+: error: / }
assert errors.any { it.endsWith("omics.yaml:22:9: error: unknown key 'requird' in field 'Path' of action 'GetRunCalls'; did you mean 'required'?") }
assert errors.any { it.endsWith("omics.yaml:47:9: error: unknown key 'descripton' in field 'RunId' of type 'RunMetadata'; did you mean 'description'?") }
assert log =~ /tcgen: 2 error\(s\) in the specs \(listed above\); the generated sources were left as they were/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace in the normal log'

def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def old = files(new File(basedir, 'target/before'))
def now = files(new File(basedir, 'target/generated-sources/tcgen'))
assert old.size() >= 7
assert old.keySet() == now.keySet()
old.each { path, file ->
    assert file.bytes == now[path].bytes : "$path changed"
    assert file.lastModified() == now[path].lastModified() : "$path was rewritten"
}
return true
