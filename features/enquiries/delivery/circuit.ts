/**
 * One circuit per CRM destination, in the dispatcher's memory. Closed: deliveries go out as usual. After
 * `failuresToOpen` failed attempts in a row it opens: nothing is sent to that destination (so no delivery uses
 * up attempts against a CRM that is down) except one probe every `probeIntervalMs`. The first probe that
 * succeeds closes it, and everything waiting for that destination becomes due at once.
 */
export type CircuitOptions = { failuresToOpen: number; probeIntervalMs: number; now?: () => number };
export type CircuitChange = "opened" | "closed" | undefined;

type Circuit = { failures: number; openedAt?: number; lastProbeAt?: number };

export class DestinationCircuits {
  private readonly circuits = new Map<string, Circuit>();
  private readonly now: () => number;

  constructor(private readonly options: CircuitOptions) {
    this.now = options.now ?? Date.now;
  }

  private circuit(name: string): Circuit {
    let circuit = this.circuits.get(name);
    if (!circuit) this.circuits.set(name, (circuit = { failures: 0 }));
    return circuit;
  }

  isOpen(name: string): boolean {
    return this.circuit(name).openedAt !== undefined;
  }

  /** How many deliveries to send to `name` in this round: all it can take, one probe, or none. */
  allowance(name: string, concurrency: number): number {
    const circuit = this.circuit(name);
    if (circuit.openedAt === undefined) return concurrency;
    const sinceProbe = this.now() - (circuit.lastProbeAt ?? circuit.openedAt);
    if (sinceProbe < this.options.probeIntervalMs) return 0;
    circuit.lastProbeAt = this.now();
    return 1;
  }

  succeeded(name: string): CircuitChange {
    const circuit = this.circuit(name);
    const wasOpen = circuit.openedAt !== undefined;
    this.circuits.set(name, { failures: 0 });
    return wasOpen ? "closed" : undefined;
  }

  /** The CRM refuses our setup: open at once, whatever the count (every delivery would be refused alike). */
  hold(name: string): CircuitChange {
    const circuit = this.circuit(name);
    if (circuit.openedAt !== undefined) return undefined;
    circuit.openedAt = this.now();
    return "opened";
  }

  failed(name: string): CircuitChange {
    const circuit = this.circuit(name);
    circuit.failures++;
    if (circuit.openedAt !== undefined || circuit.failures < this.options.failuresToOpen) return undefined;
    circuit.openedAt = this.now();
    return "opened";
  }
}
