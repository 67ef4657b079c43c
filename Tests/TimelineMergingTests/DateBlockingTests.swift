import Testing
@testable import TimelineMerging

@Suite struct DateBlockingTests {
    func interval(_ value: TemporalValue) -> DayInterval { value.interval! }

    @Test func closeDaysShareABlockAcrossAMonthBoundary() {
        var blocking = DateBlocking(nearDays: 7)
        blocking.insert(interval(Make.day("2024-07-30")), cluster: 0)
        #expect(blocking.candidates(for: interval(Make.day("2024-08-02"))) == [0])
    }

    @Test func distantDaysDoNotMeet() {
        var blocking = DateBlocking(nearDays: 7)
        blocking.insert(interval(Make.day("2023-07-24")), cluster: 0)
        blocking.insert(interval(Make.day("2024-01-24")), cluster: 1)
        #expect(blocking.candidates(for: interval(Make.day("2024-07-24"))).isEmpty)
    }

    @Test func yearsMeetTheDaysInsideThem() {
        var blocking = DateBlocking(nearDays: 7)
        blocking.insert(interval(Make.year(2015)), cluster: 0)
        blocking.insert(interval(Make.day("2015-09-30")), cluster: 1)
        blocking.insert(interval(Make.day("2016-09-30")), cluster: 2)
        #expect(blocking.candidates(for: interval(Make.month(2015, 9))) == [0, 1])
        #expect(blocking.candidates(for: interval(Make.year(2015))) == [0, 1])
    }

    @Test func dateRelations() {
        let near = 7
        #expect(DateRelation(interval(Make.year(2015)), interval(Make.month(2015, 9)), nearDays: near) == .compatible)
        #expect(DateRelation(interval(Make.week(2024, 30)), interval(Make.day("2024-07-23")), nearDays: near) == .compatible)
        #expect(DateRelation(interval(Make.day("2024-07-24")), interval(Make.day("2024-07-25")), nearDays: near) == .near)
        #expect(DateRelation(interval(Make.day("2024-07-01")), interval(Make.day("2024-07-25")), nearDays: near) == .far)
        #expect(DateRelation(interval(Make.year(2015)), interval(Make.year(2016)), nearDays: near) == .far)
        #expect(DateRelation(interval(Make.month(2024, 7)), interval(Make.month(2024, 8)), nearDays: near) == .near)
    }
}
