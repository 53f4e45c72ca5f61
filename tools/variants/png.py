"""Small PNG pictures drawn with the standard library only: the flowchart symbols a clerk pastes
as pictures (capsule, rectangle, diamond) and a plain office logo. No Pillow needed."""
import math
import struct
import zlib


class Canvas:
    def __init__(self, width, height, background=(255, 255, 255, 0)):
        self.w, self.h = width, height
        self.px = [list(background) for _ in range(width * height)]

    def put(self, x, y, colour):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y * self.w + x] = list(colour)

    def fill(self, inside, colour):
        """Paints every pixel whose centre satisfies inside(x, y)."""
        for y in range(self.h):
            for x in range(self.w):
                if inside(x + 0.5, y + 0.5):
                    self.px[y * self.w + x] = list(colour)

    def png(self):
        raw = bytearray()
        for y in range(self.h):
            raw.append(0)
            for x in range(self.w):
                raw.extend(self.px[y * self.w + x])

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.w, self.h, 8, 6, 0, 0, 0)  # 8-bit RGBA
        # 96 dpi, so Word and Excel size the picture as drawn
        phys = struct.pack(">IIB", 3780, 3780, 1)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"pHYs", phys)
                + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


BLACK = (0, 0, 0, 255)
WHITE = (255, 255, 255, 255)


def _ring(inside_outer, inside_inner):
    return lambda x, y: inside_outer(x, y) and not inside_inner(x, y)


def symbol(kind, width, height, stroke=2):
    """A flowchart symbol as a picture: white inside, black outline, transparent around."""
    c = Canvas(width, height)
    w, h = width, height

    def capsule(m):
        r = (h - 2 * m) / 2

        def inside(x, y):
            if y < m or y > h - m:
                return False
            if m + r <= x <= w - m - r:
                return True
            cx = m + r if x < m + r else w - m - r
            return (x - cx) ** 2 + (y - h / 2) ** 2 <= r * r
        return inside

    def rect(m):
        return lambda x, y: m <= x <= w - m and m <= y <= h - m

    def diamond(m):
        hw, hh = w / 2 - m, h / 2 - m
        return lambda x, y: abs(x - w / 2) / hw + abs(y - h / 2) / hh <= 1.0

    shape = {"terminator": capsule, "process": rect, "decision": diamond}[kind]
    c.fill(shape(0.5), BLACK)
    c.fill(shape(0.5 + stroke * (1.4 if kind == "decision" else 1.0)), WHITE)
    return c.png()


def logo(kind, size=72):
    """A plain round emblem: green and gold for a Kemenag office, red and gold for a Pemda."""
    c = Canvas(size, size)
    r = size / 2
    main = (0, 110, 60, 255) if kind == "kemenag" else (170, 20, 30, 255)
    gold = (230, 180, 30, 255)
    c.fill(lambda x, y: (x - r) ** 2 + (y - r) ** 2 <= (r - 1) ** 2, gold)
    c.fill(lambda x, y: (x - r) ** 2 + (y - r) ** 2 <= (r - 4) ** 2, main)
    # a five-pointed star
    points = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = (r * 0.62) if i % 2 == 0 else (r * 0.26)
        points.append((r + rr * math.cos(a), r + rr * math.sin(a)))

    def in_star(x, y):
        inside = False
        j = len(points) - 1
        for i in range(len(points)):
            xi, yi = points[i]
            xj, yj = points[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside
    c.fill(in_star, gold)
    return c.png()
