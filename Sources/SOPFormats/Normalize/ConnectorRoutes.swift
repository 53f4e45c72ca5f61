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
  }

  /// Routes through `segments`; ends closer than `joinDistance` are one point.
  static func routes(_ segments: [Segment], joinDistance: Double) -> [Route] {
    func meets(_ a: Point, _ b: Point) -> Bool {
      ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() <= joinDistance
    }
    func joined(_ point: Point, except index: Int) -> Bool {
      segments.indices.contains { $0 != index && (meets(segments[$0].start, point) || meets(segments[$0].end, point)) }
    }
    var used = Set<Int>()
    var routes: [Route] = []
    for first in segments.indices where !used.contains(first) {
      // A route starts at a free end: one that no other segment meets. Bound connectors stand alone.
      let bound = segments[first].startConnection != nil || segments[first].endConnection != nil
      let startsForward = bound || !joined(segments[first].start, except: first)
      guard startsForward || !joined(segments[first].end, except: first) else { continue }
      var walk: [(index: Int, forward: Bool)] = [(first, startsForward)]
      used.insert(first)
      var current = startsForward ? segments[first].end : segments[first].start
      while !bound, let next = segments.indices.first(where: { !used.contains($0) && (meets(segments[$0].start, current) || meets(segments[$0].end, current)) }) {
        let forward = meets(segments[next].start, current)
        walk.append((next, forward))
        used.insert(next)
        current = forward ? segments[next].end : segments[next].start
      }
      let origin = startsForward ? segments[first].start : segments[first].end
      // The direction is the arrow head's; without one, the first segment's own.
      let arrowed = walk.last { segments[$0.index].hasArrow }
      let alongWalk = arrowed?.forward ?? walk[0].forward
      let head = walk.last!, tail = walk[0]
      if alongWalk {
        routes.append(Route(
          start: origin, end: current,
          startConnection: tail.forward ? segments[tail.index].startConnection : segments[tail.index].endConnection,
          endConnection: head.forward ? segments[head.index].endConnection : segments[head.index].startConnection))
      } else {
        routes.append(Route(
          start: current, end: origin,
          startConnection: head.forward ? segments[head.index].endConnection : segments[head.index].startConnection,
          endConnection: tail.forward ? segments[tail.index].startConnection : segments[tail.index].endConnection))
      }
    }
    return routes
  }
}
