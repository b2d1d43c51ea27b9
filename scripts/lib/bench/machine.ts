// The machine a benchmark ran on: cores, CPU model, memory, OS, Node and Chromium versions.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** WebGL's unmasked renderer in the benchmarked pages (SwiftShader: software). */
  webglRenderer: string;
  /** How Cytoscape's 2D canvas is drawn under the benchmark's Chromium flags. */
  canvas2d: string;
}

/** The CPU model from /proc/cpuinfo (Linux), else from Node. */
export function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(chromium: string, webglRenderer: string): MachineInfo {
  return {
    nproc: availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    webglRenderer,
    canvas2d: 'software (Chromium run with --disable-gpu)',
  };
}
