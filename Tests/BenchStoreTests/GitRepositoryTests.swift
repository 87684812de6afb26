import BenchqTestSupport
import Foundation
import Testing

@testable import BenchStore

/// Refs resolve through git, as `git rev-parse` resolves them.
@Suite struct GitRepositoryTests {
    @Test func tagsBranchesRelativeRefsAndShortSHAsNameTheSameCommits() throws {
        let fixture = try StoreFixture()
        let head = try fixture.git.resolve("HEAD")
        let first = try fixture.git.resolve("v1.0.0")
        #expect(try fixture.git.resolve("main").sha == head.sha)
        #expect(try fixture.git.resolve("HEAD~2").sha == first.sha)
        #expect(try fixture.git.resolve(String(first.sha.prefix(7))).sha == first.sha)
        #expect(first.ref == "v1.0.0")
        #expect(first.subject == "Commit one")
        #expect(head.subject == "Commit three")
        #expect(head.sha.count == 40)
    }

    @Test(arguments: ["v9.9.9", "HEAD~7", "no-such-branch", "--help", "deadbeef"])
    func anUnknownRefIsAnErrorNamingIt(ref: String) throws {
        let fixture = try StoreFixture()
        let error = try #require(throws: StoreError.self) { try fixture.git.resolve(ref) }
        #expect(error.message == "'\(ref)' does not name a commit in \(fixture.repository.path)")
    }

    @Test func outsideARepositoryIsAClearError() throws {
        let error = try #require(throws: StoreError.self) { try GitRepository(containing: "/") }
        #expect(error.message == "/ is not inside a git repository")
    }

    @Test func aWorktreeChecksOutTheCommitAndIsRemovedCompletely() throws {
        let fixture = try StoreFixture()
        let worktree = try fixture.git.addWorktree(try fixture.git.resolve("v1.0.0"))
        #expect(try String(contentsOfFile: worktree.path + "/speed.txt", encoding: .utf8) == "100\n")
        #expect(try fixture.repository.worktrees().count == 2)
        worktree.remove()
        #expect(try fixture.repository.worktrees() == [fixture.repository.path])
        #expect(!FileManager.default.fileExists(atPath: worktree.folder))
    }

    @Test func worktreesLeftByAKilledBenchqAreRemovedByTheNextRecord() throws {
        let fixture = try StoreFixture()
        let commit = try fixture.git.resolve("HEAD")
        // As a benchq killed with SIGKILL leaves it: locked by a process that is gone.
        let folder = NSTemporaryDirectory() + "benchq-worktree-test\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try fixture.repository.git(
            "worktree", "add", "--detach", "--lock", "--reason", "benchq record, process 999999999",
            folder + "/benchq-worktree-test\(getpid())", commit.sha)
        #expect(try fixture.repository.worktrees().count == 2)
        fixture.git.removeAbandonedWorktrees()
        #expect(try fixture.repository.worktrees() == [fixture.repository.path])
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
