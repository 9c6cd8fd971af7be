package vn.congvu.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A lean load generator for pages: one HTTP/1.1 keep-alive socket, blocking reads, the body read and dropped.
 * <p>
 * The benchmarks run the application, PostgreSQL and the clients on the same two cores. Java's {@code HttpClient}
 * (its selector thread, futures and body handlers) took 18% of the machine with 32 clients asking for record pages,
 * CPU the server then did not have. This client does the least a browser must: send the request with the session
 * cookie and read the whole answer.
 */
final class PlainHttp implements AutoCloseable {

	private final int port;

	private final String cookie;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	private final byte[] discard = new byte[16 * 1024];

	/** The length of the last body read, in bytes. */
	long bodyBytes;

	PlainHttp(int port, String cookie) {
		this.port = port;
		this.cookie = cookie;
	}

	/** GETs the path and returns the status, once the whole body has been read. */
	int get(String path) {
		try {
			if (socket == null) {
				socket = new Socket("127.0.0.1", port);
				socket.setTcpNoDelay(true);
				in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
				out = socket.getOutputStream();
			}
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\nCookie: "
					+ cookie + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			int status = Integer.parseInt(line().substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			bodyBytes = 0;
			for (String header = line(); !header.isEmpty(); header = line()) {
				var h = header.toLowerCase(Locale.ROOT);
				if (h.startsWith("content-length:")) {
					length = Long.parseLong(h.substring(15).strip());
				}
				else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
					chunked = true;
				}
				else if (h.startsWith("connection:") && h.contains("close")) {
					close = true;
				}
			}
			if (chunked) {
				for (int size = chunk(); size > 0; size = chunk()) {
					skip(size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length > 0) {
				skip(length);
			}
			if (close) {
				close();
			}
			return status;
		}
		catch (IOException | RuntimeException ex) {
			close();
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private int chunk() throws IOException {
		var size = line();
		int semicolon = size.indexOf(';');
		return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
	}

	private String line() throws IOException {
		var text = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("Connection closed in the middle of an answer");
			}
			if (c != '\r') {
				text.append((char) c);
			}
		}
		return text.toString();
	}

	private void skip(long n) throws IOException {
		bodyBytes += n;
		while (n > 0) {
			int read = in.read(discard, 0, (int) Math.min(discard.length, n));
			if (read < 0) {
				throw new IOException("Connection closed in the middle of a body");
			}
			n -= read;
		}
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			socket = null;
		}
	}

}
