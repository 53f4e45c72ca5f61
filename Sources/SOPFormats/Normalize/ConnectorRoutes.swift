import Foundation

/// Joins connector segments into routes. People often draw an elbow arrow in Word or Excel as
/// two or three plain lines, the last with an arrow head; the flow runs along the whole chain,
/// from the free end of its first segment to the free end of its last.
enum ConnectorRoutes {
  typealias Point = (x: Double, y: Double)

  struct Segment {
    var start: Point
    var end: Point
    /// Whether the segment has an arrow head at `end`.
    var hasArrow: Bool
    var startConnection: Int?
    var endConnection: Int?
  }

  struct Route {
    var start: Point
    var end: Point
    var startConnection: Int?
    var endConnection: Int?
    /// How many segments the route joins.
    var segments = 1
  }

  /// Routes through `segments`; ends closer than `joinDistance` are one point. A route starts at
  /// the tail of an arrow, a segment end that `touches` a symbol, and follows the segments that meet
  /// it, preferring the one drawn next (an arrow's segments are drawn one after another, also where
  /// two arrows share a point), up to the arrow head or the last segment.
  static func routes(_ segments: [Segment], joinDistance: Double, touches: (Point) -> Bool) -> [Route] {
    func meets(_ a: Point, _ b: Point) -> Bool {
      ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() <= joinDistance
    }
    var used = Set<Int>()
    var routes: [Route] = []
    func walk(from first: Int, forward startsForward: Bool) {
      var walk: [(index: Int, forward: Bool)] = [(first, startsForward)]
      used.insert(first)
      var current = startsForward ? segments[first].end : segments[first].start
      let bound = segments[first].startConnection != nil || segments[first].endConnection != nil
      while !bound {
        let last = walk[walk.count - 1]
        if segments[last.index].hasArrow, last.forward { break }  // the head ends the arrow
        // Another arrow's head arriving here is not this arrow's way on.
        let candidates = segments.indices.filter { index in
          !used.contains(index) && (meets(segments[index].start, current) || (!segments[index].hasArrow && meets(segments[index].end, current)))
        }
        guard let next = candidates.min(by: { abs($0 - last.index) < abs($1 - last.index) || (abs($0 - last.index) == abs($1 - last.index) && $0 > $1) }) else { break }
        let forward = meets(segments[next].start, current)
        walk.append((next, forward))
        used.insert(next)
        current = forward ? segments[next].end : segments[next].start
      }
      let origin = startsForward ? segments[first].start : segments[first].end
      // The direction is the arrow head's; without one, the first segment's own.
      let arrowed = walk.last { segments[$0.index].hasArrow }
      let alongWalk = arrowed?.forward ?? walk[0].forward
      let head = walk[walk.count - 1], tail = walk[0]
      let tailConnection = tail.forward ? segments[tail.index].startConnection : segments[tail.index].endConnection
      let headConnection = head.forward ? segments[head.index].endConnection : segments[head.index].startConnection
      routes.append(alongWalk
        ? Route(start: origin, end: current, startConnection: tailConnection, endConnection: headConnection, segments: walk.count)
        : Route(start: current, end: origin, startConnection: headConnection, endConnection: tailConnection, segments: walk.count))
    }
    // First from the tails at symbols; then what is left, from any end at a symbol.
    for index in segments.indices where !used.contains(index) {
      let segment = segments[index]
      if segment.startConnection != nil || segment.endConnection != nil || touches(segment.start) {
        walk(from: index, forward: true)
      } else if !segment.hasArrow, touches(segment.end) {
        walk(from: index, forward: false)
      }
    }
    for index in segments.indices where !used.contains(index) && touches(segments[index].end) {
      walk(from: index, forward: false)
    }
    return routes
  }
}
