// Benchmark instrumentation, injected into every benchmarked page before the page's own scripts (plain
// browser JavaScript, passed to Playwright as text). It records long tasks from the start, animation-frame
// intervals on demand, and latencies from an input event to the next frame that shows its effect.
// All times are performance.now() milliseconds, measured from the page's navigation start.
(() => {
  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest-task figures stay 0.
  }

  /** Resolves after the next frame has been produced: a rAF, then a task posted from it (after paint). */
  const afterNextFrame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });

  /** The first mark of that name (and node count, when given) at or after `after`, waiting up to timeoutMs. */
  const markAfter = (name, after, nodes, timeoutMs) =>
    new Promise((resolve) => {
      const find = () =>
        performance
          .getEntriesByName(name, 'mark')
          .find((m) => m.startTime >= after && (nodes == null || (m.detail && m.detail.nodes === nodes)));
      const hit = find();
      if (hit) {
        resolve(hit.startTime);
        return;
      }
      const observer = new PerformanceObserver(() => {
        const m = find();
        if (m) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(m.startTime);
        }
      });
      observer.observe({ type: 'mark' });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, timeoutMs);
    });

  /** Resolves when an element matching the selector is in the document (or null after timeoutMs). */
  const elementAppears = (selector, timeoutMs) =>
    new Promise((resolve) => {
      if (document.querySelector(selector)) {
        resolve(true);
        return;
      }
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, timeoutMs);
    });

  let frames = null;
  /** The armed input: the time stamp of the next matching event, and the frame after it was handled. */
  let armed = null;

  window.__bench = {
    /** Start time of the first mark of that name (with that node count, when given), or null. */
    mark(name, nodes) {
      const m = performance
        .getEntriesByName(name, 'mark')
        .find((e) => nodes == null || (e.detail && e.detail.nodes === nodes));
      return m ? m.startTime : null;
    },
    /** Longest long task (>= 50 ms) overlapping [from, to]; 0 when there was none. */
    longestTask(from, to) {
      let max = 0;
      for (const t of longTasks) if (t.start < to && t.start + t.duration > from) max = Math.max(max, t.duration);
      return max;
    },
    now() {
      return performance.now();
    },
    /** Starts recording the intervals between consecutive animation frames. */
    startFrames() {
      const deltas = [];
      let last = null;
      let on = true;
      const tick = (t) => {
        if (!on) return;
        if (last !== null) deltas.push(t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      frames = { deltas, stop: () => { on = false; } };
    },
    frameCount() {
      return frames ? frames.deltas.length : 0;
    },
    stopFrames() {
      if (!frames) return [];
      frames.stop();
      const d = frames.deltas;
      frames = null;
      return d;
    },
    /**
     * Arms the clock: the next `type` event (capture phase, on window) whose target matches `selector`
     * starts it, at the event's time stamp. The next `frameType` event (default: the same event) registers
     * an animation frame while it is being handled, so that the frame comes after all of its handlers.
     */
    arm(type, selector, frameType) {
      const state = { start: null, frameAfter: null };
      const matches = (e) => !selector || (e.target instanceof Element && e.target.closest(selector) !== null);
      const onFrameEvent = (e) => {
        if (!matches(e) || state.start === null) return;
        window.removeEventListener(frameType ?? type, onFrameEvent, true);
        state.frameAfter = afterNextFrame();
      };
      const onStart = (e) => {
        if (!matches(e)) return;
        window.removeEventListener(type, onStart, true);
        state.start = e.timeStamp;
        if (!frameType || frameType === type) onFrameEvent(e);
      };
      window.addEventListener(type, onStart, true);
      if (frameType && frameType !== type) window.addEventListener(frameType, onFrameEvent, true);
      armed = {
        state,
        cancel: () => {
          window.removeEventListener(type, onStart, true);
          if (frameType) window.removeEventListener(frameType, onFrameEvent, true);
        },
      };
    },
    /**
     * Latency of the armed event, or null on timeout. With `mark`: to the first app mark of that name after
     * the event (the app sets it a frame after the canvas drew). Otherwise: to the end of the first frame
     * after the event was handled; with `selector`, if nothing matched it by then, to the end of the frame
     * after something does.
     */
    async latency(options) {
      const a = armed;
      armed = null;
      if (!a) return null;
      const t0 = Date.now();
      const waitFor = async (ready) => {
        while (!ready() && Date.now() - t0 < options.timeoutMs) await new Promise((r) => setTimeout(r, 5));
        return ready();
      };
      const started = await waitFor(() => a.state.start !== null);
      if (!started) {
        a.cancel();
        return null;
      }
      const start = a.state.start;
      if (options.mark) {
        a.cancel();
        const end = await markAfter(options.mark, start, null, options.timeoutMs);
        return end === null ? null : end - start;
      }
      const framed = await waitFor(() => a.state.frameAfter !== null);
      a.cancel();
      if (!framed) return null;
      let end = await a.state.frameAfter;
      if (options.selector && !document.querySelector(options.selector)) {
        const found = await elementAppears(options.selector, options.timeoutMs);
        end = found ? await afterNextFrame() : null;
      }
      return end === null ? null : end - start;
    },
    /** Waits for a mark (name and optional node count) and returns its start time, or null on timeout. */
    waitMark(name, nodes, timeoutMs) {
      return markAfter(name, 0, nodes, timeoutMs);
    },
    /** Forces a frame and resolves after it. */
    afterNextFrame,
    /** WebGL's unmasked renderer string (SwiftShader means software rendering), or why there is none. */
    renderer() {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    },
    /** True when the topmost element at (x, y) (page pixels) is inside the element matching the selector. */
    hits(containerSelector, x, y) {
      const container = document.querySelector(containerSelector);
      const under = document.elementFromPoint(x, y);
      return Boolean(container && under && container.contains(under));
    },
    /**
     * A point (page pixels) inside the element matching `containerSelector` where nothing is drawn nearby,
     * so that a drag there pans instead of moving a node. `rendered` are node positions in container pixels.
     */
    backgroundPoint(containerSelector, rendered, clearance) {
      const container = document.querySelector(containerSelector);
      if (!container) return null;
      const rect = container.getBoundingClientRect();
      const candidates = [];
      const inset = 12;
      for (const fx of [0, 0.5, 1]) {
        for (const fy of [0, 0.5, 1]) {
          candidates.push([inset + fx * (rect.width - 2 * inset), inset + fy * (rect.height - 2 * inset)]);
        }
      }
      for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) candidates.push([(rect.width * i) / 10, (rect.height * j) / 10]);
      for (const [x, y] of candidates) {
        const under = document.elementFromPoint(rect.left + x, rect.top + y);
        if (!under || !container.contains(under)) continue;
        if (rendered.some((p) => Math.hypot(p.x - x, p.y - y) < clearance)) continue;
        return { x: rect.left + x, y: rect.top + y, centreX: rect.left + rect.width / 2, centreY: rect.top + rect.height / 2 };
      }
      return null;
    },
  };
})();
