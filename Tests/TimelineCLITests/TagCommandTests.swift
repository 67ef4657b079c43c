import Foundation
import Testing
@testable import TimelineCLI

@Suite struct TagCommandTests {
    static let document = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>test</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" temporalFunction="false" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
    <TEXT>
    AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-11-01">yesterday</TIMEX3> that profit rose in the <TIMEX3 tid="t2" type="DATE" value="1989-Q3">third quarter</TIMEX3>.
    </TEXT>
    <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
    </TimeML>
    """

    @Test func tagsTextBetweenHeadAndTail() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("doc.tml")
        try Data(Self.document.utf8).write(to: input)
        let out = folder.appendingPathComponent("out")
        let r = CommandRunner.run(["tag", "--output-dir", out.path, input.path])
        #expect(r.code == 0)
        let written = try String(contentsOf: out.appendingPathComponent("doc.tml"), encoding: .utf8)
        #expect(written.contains("<DCT><TIMEX3 tid=\"t0\""))
        #expect(written.contains("AT&amp;T said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1989-11-01\">yesterday</TIMEX3>"))
        #expect(written.contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1989-Q3\">the third quarter</TIMEX3>."))
        #expect(!written.contains("<EVENT"))
        #expect(written.contains("<TLINK lid=\"l1\""))
    }

    @Test func errors() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        #expect(CommandRunner.run(["tag", "--output-dir", out, folder.appendingPathComponent("missing.tml").path]).code == 66)
        let noText = folder.appendingPathComponent("notext.tml")
        try Data("<TimeML><DCT><TIMEX3 value=\"1989-11-02\">x</TIMEX3></DCT></TimeML>".utf8).write(to: noText)
        let r = CommandRunner.run(["tag", "--output-dir", out, noText.path])
        #expect(r.code == 65)
        #expect(r.err.contains("notext.tml"))
        let noDCT = folder.appendingPathComponent("nodct.tml")
        try Data("<TimeML><TEXT>Yesterday.</TEXT></TimeML>".utf8).write(to: noDCT)
        let r2 = CommandRunner.run(["tag", "--output-dir", out, noDCT.path])
        #expect(r2.code == 65)
        #expect(r2.err.contains("nodct.tml"))
        #expect(CommandRunner.run(["tag", noDCT.path]).code == 64)
    }
}
