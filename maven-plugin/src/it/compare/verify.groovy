// One log for the three builds, each starting with Maven's "Scanning for projects...".
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
assert builds.size() == 3 : "expected three builds, got ${builds.size()}"
def (pkg, strict, lenient) = builds
def breaking = '[WARNING] tcgen: breaking demo@2024-01-02:Ping.request.Loud: field removed (loud() is gone) [field-removed]'
def summary = ~/tcgen: 1 breaking, 0 compatible change\(s\) from .*released to .*tcgen/

// Build 1 (package): the goal is not bound before verify.
assert !pkg.contains('tcgen-maven-plugin') : 'compare ran before verify'
assert pkg.contains('BUILD SUCCESS')

// Build 2 (verify): bound to verify with no <phase>, each version compared with itself, and the build failed.
assert strict.contains('--- tcgen-maven-plugin:') && strict.contains(':compare (default) @ compare ---')
assert strict.readLines().count { it == breaking } == 1
assert strict =~ /\[ERROR\] Failed to execute goal dev\.tcgen:tcgen-maven-plugin:.*:compare \(default\) on project compare: $summary \(set failOnBreaking to false to only report them\)/
assert !strict.contains('version-changed')
assert !(strict =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace in the normal log'

// Build 3 (verify, tcgen.failOnBreaking=false): the same report, and the build passed.
assert lenient.readLines().count { it == breaking } == 1
assert lenient =~ /\[INFO\] $summary/
assert lenient.contains('BUILD SUCCESS')
return true
