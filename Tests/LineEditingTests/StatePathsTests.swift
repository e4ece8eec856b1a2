#if canImport(Glibc)
import Glibc
#endif
import LineEditing
import Testing

@Suite struct StatePathsTests {
    @Test func xdgStateHomeWins() {
        let environment = ["XDG_STATE_HOME": "/state", "HOME": "/home/ada"]
        #expect(StatePaths.stateDirectory(environment: environment) == "/state/rnnlab")
        #expect(StatePaths.historyFilePath(environment: environment) == "/state/rnnlab/history")
        #expect(StatePaths.progressFilePath(environment: environment) == "/state/rnnlab/progress.json")
    }

    @Test func trailingSlashIsNotDoubled() {
        #expect(StatePaths.historyFilePath(environment: ["XDG_STATE_HOME": "/state/"]) == "/state/rnnlab/history")
    }

    @Test func homeIsTheFallback() {
        #expect(StatePaths.historyFilePath(environment: ["HOME": "/home/ada"])
            == "/home/ada/.local/state/rnnlab/history")
    }

    @Test(arguments: ["", "relative/state"])
    func emptyOrRelativeXDGStateHomeIsIgnored(value: String) {
        let environment = ["XDG_STATE_HOME": value, "HOME": "/home/ada"]
        #expect(StatePaths.stateDirectory(environment: environment) == "/home/ada/.local/state/rnnlab")
    }

    @Test func noHomeAndNoXDGMeansNoStateDirectory() {
        #expect(StatePaths.stateDirectory(environment: [:]) == nil)
        #expect(StatePaths.historyFilePath(environment: ["HOME": ""]) == nil)
        #expect(StatePaths.progressFilePath(environment: ["XDG_STATE_HOME": "x"]) == nil)
    }

    @Test func processEnvironmentReadsOnlyTheTwoVariables() {
        let environment = StatePaths.processEnvironment()
        #expect(Set(environment.keys).isSubset(of: ["XDG_STATE_HOME", "HOME"]))
        if let home = getenv("HOME") {
            #expect(environment["HOME"] == String(cString: home))
        }
    }
}

@Suite struct CreateDirectoriesTests {
    @Test func createsEveryMissingLevelAndAcceptsExistingOnes() throws {
        let scratch = try ScratchDirectory()
        let nested = scratch.path + "/a/b/c"
        #expect(createDirectories(atPath: nested))
        var info = stat()
        #expect(stat(nested, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect(createDirectories(atPath: nested))
    }

    @Test func failsWhenAFileIsInTheWay() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("not a directory", to: "file")
        #expect(!createDirectories(atPath: scratch.path + "/file/sub"))
    }
}
