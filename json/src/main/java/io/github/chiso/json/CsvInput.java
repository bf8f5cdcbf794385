package io.github.chiso.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV as spreadsheets save it, for every CSV reader of the library: the bytes decoded by their
 * byte-order mark (UTF-8, UTF-16 big- or little-endian; UTF-8 without one), strictly, so that text
 * that does not decode is an error naming its line and byte offset; a leading byte-order mark
 * character dropped; the column separator (comma, semicolon or tab) found in the header line.
 */
final class CsvInput {
  /** The longest header line looked at for the separator; the CSV reader takes it from there. */
  private static final int HEADER_LOOKAHEAD = 1 << 16;

  private CsvInput() {}

  /** An opened CSV: its text after any byte-order mark, and the separator its header uses. */
  static final class Opened {
    final Reader text;
    final char separator;

    Opened(Reader text, char separator) {
      this.text = text;
      this.separator = separator;
    }

    /** The schema reading this CSV's rows as arrays of cells. */
    CsvSchema schema() {
      return CsvSchema.emptySchema().withColumnSeparator(separator);
    }
  }

  /** {@code in} decoded by its byte-order mark, then opened as {@link #open(Reader)} does. */
  static Opened open(InputStream in) {
    return open(decode(in));
  }

  /** {@code in} without a leading byte-order mark, with the separator of its first line. */
  static Opened open(Reader in) {
    BufferedReader text = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    try {
      text.mark(1);
      int first = text.read();
      if (first != '\uFEFF') {
        text.reset();
      }
      text.mark(HEADER_LOOKAHEAD);
      char[] head = new char[HEADER_LOOKAHEAD];
      int length = 0;
      boolean quoted = false;
      for (int c; length < head.length && (c = text.read()) >= 0; ) {
        head[length++] = (char) c;
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        }
      }
      text.reset();
      return new Opened(text, separator(head, length));
    } catch (UndecodableTextException e) {
      throw new InvalidDocumentException("row 1", "", e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new InvalidDocumentException("row 1", "", "text that did not decode near the start of the file: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the first line of {@code head} ends outside quotes, or -1. */
  private static int lineEnd(char[] head, int length) {
    boolean quoted = false;
    for (int i = 0; i < length; i++) {
      char c = head[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        return i;
      }
    }
    return -1;
  }

  /** The separator of the first line: whichever of ',', ';' and tab it has most of outside quotes; ',' on a tie. */
  static char separator(char[] head, int length) {
    int end = lineEnd(head, length);
    int[] counts = new int[3];
    boolean quoted = false;
    for (int i = 0; i < (end < 0 ? length : end); i++) {
      char c = head[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          counts[0]++;
        } else if (c == ';') {
          counts[1]++;
        } else if (c == '\t') {
          counts[2]++;
        }
      }
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2]) {
      return ';';
    }
    return counts[2] > counts[0] && counts[2] > counts[1] ? '\t' : ',';
  }

  /**
   * {@code in} as text: UTF-8 after an EF BB BF mark or without a mark, UTF-16BE after FE FF,
   * UTF-16LE after FF FE. Text that does not decode raises {@link UndecodableTextException} (a
   * {@link CharacterCodingException}) once the text before it has been read, naming its line and
   * byte offset.
   */
  static Reader decode(InputStream in) {
    try {
      PushbackInputStream bytes = new PushbackInputStream(in, 3);
      byte[] mark = new byte[3];
      int n = bytes.readNBytes(mark, 0, 3);
      int b0 = n > 0 ? mark[0] & 0xFF : -1;
      int b1 = n > 1 ? mark[1] & 0xFF : -1;
      int b2 = n > 2 ? mark[2] & 0xFF : -1;
      Charset charset;
      int skip;
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
        charset = StandardCharsets.UTF_8;
        skip = 3;
      } else if (b0 == 0xFE && b1 == 0xFF) {
        charset = StandardCharsets.UTF_16BE;
        skip = 2;
      } else if (b0 == 0xFF && b1 == 0xFE) {
        charset = StandardCharsets.UTF_16LE;
        skip = 2;
      } else if (n >= 2 && (b0 == 0) != (b1 == 0)) {
        throw new InvalidDocumentException("row 1", "",
            "the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (\"CSV UTF-8\") or UTF-16 with one");
      } else {
        charset = StandardCharsets.UTF_8;
        skip = 0;
      }
      if (n > skip) {
        bytes.unread(mark, skip, n - skip);
      }
      return new DecodingReader(bytes, charset, skip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text that is not in the encoding it was read in: where, by line and byte offset. */
  static final class UndecodableTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    UndecodableTextException(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  /**
   * A strict decoder that hands out every character before a bad byte sequence and only then
   * fails, so the failure is met while the row that holds it is being read.
   */
  private static final class DecodingReader extends Reader {
    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private long bytesRead;
    private long line = 1;
    private boolean endOfInput;
    private boolean flushed;
    private long badOffset = -1;

    DecodingReader(InputStream in, Charset charset, long offset) {
      this.in = in;
      this.charset = charset;
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.bytesRead = offset;
      bytes.flip();
      chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (badOffset >= 0) {
          throw new UndecodableTextException(String.format(Locale.ROOT,
              "the bytes at offset %d (line %d) are not %s text; save the file as UTF-8 (\"CSV UTF-8\") or UTF-16 with a byte-order mark",
              badOffset, line, charset.name()));
        }
        if (flushed) {
          return -1;
        }
        fill();
      }
      int n = Math.min(length, chars.remaining());
      chars.get(buffer, offset, n);
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '\n') {
          line++;
        }
      }
      return n;
    }

    private void fill() throws IOException {
      chars.clear();
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
          badOffset = bytesRead - bytes.remaining();
          break;
        }
        if (result.isOverflow() || chars.position() > 0 && !endOfInput) {
          break;
        }
        if (endOfInput) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
          bytesRead += n;
        }
        bytes.flip();
      }
      chars.flip();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
