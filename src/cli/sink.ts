import type {Writable} from 'node:stream'

/** A writable stream wrapped for the CLI: writes wait for `drain`, and a closed reader ends the run quietly. */
export interface Sink {
  /** Write text; resolves once the stream can take more. Resolves at once (writing nothing) after `closed`. */
  write(text: string): Promise<void>
  /** Whether the reader went away (`EPIPE`, e.g. piped into `head`): stop producing, it is not an error. */
  readonly closed: boolean
}

/**
 * Wrap a stream (stdout) so output is streamed with backpressure, which keeps memory flat over any batch, and so
 * a reader that closes early (`rex-article seeds | head`) stops the run without an error or a stack trace.
 *
 * @param stream the stream to write to
 * @returns the sink
 * @example
 * const out = createSink(process.stdout)
 * await out.write('{"schemaVersion":1}\n')
 * if (out.closed) return 0
 */
export function createSink(stream: Writable): Sink {
  let closed = false
  let failure: Error | undefined
  const onError = (error: Error & {code?: string}): void => {
    // EPIPE (and a destroyed stream) mean nobody reads any more; anything else is a real failure.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true
    else failure = error
  }
  // Stays attached for the life of the stream: Node may report EPIPE after the last write returned.
  stream.on('error', onError)

  return {
    get closed() {
      return closed
    },
    write(text) {
      if (failure !== undefined) return Promise.reject(failure)
      if (closed || stream.destroyed) {
        closed = true
        return Promise.resolve()
      }
      return new Promise((resolve, reject) => {
        const ready = stream.write(text, (error) => {
          if (error && !closed && failure === undefined) onError(error)
        })
        if (ready) {
          resolve()
          return
        }
        const settle = (): void => {
          stream.off('drain', settle)
          stream.off('close', settle)
          stream.off('error', settle)
          if (failure !== undefined) reject(failure)
          else resolve()
        }
        stream.on('drain', settle)
        stream.on('close', settle)
        stream.on('error', settle)
      })
    }
  }
}
