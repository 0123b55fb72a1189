package org.concord.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.concord.ingest.IngestOptions;
import org.concord.model.Skipped;

/**
 * {@code POST /v1/documents} as {@code multipart/form-data} (an HTML form's file upload): every part with a file
 * name is read as a file posted with {@code ?filename=} is ({@link Upload}), and the articles of all of them are
 * stored in one transaction (all or nothing, as one post). Parts without a file name are ignored.
 */
final class MultipartUpload {
    private MultipartUpload() {
    }

    static void post(ServeApp app, Context ctx, long maxBody) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBody) {
            throw new Api.Failure(413, "the body is " + declared + " bytes; the limit is " + maxBody);
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("size") || m.contains("exceed") || m.contains("too large")) {
                throw new Api.Failure(413, "the body is over the limit of " + maxBody + " bytes");
            }
            throw new Api.Failure(400, "the multipart/form-data body cannot be read");
        }
        if (files.isEmpty()) {
            throw new Api.Failure(400, "a multipart/form-data post needs one or more file parts (with a filename)");
        }
        List<DocumentInput> docs = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = Upload.safeName(f.filename());
            if (name == null) {
                throw new Api.Failure(400, "file part '" + SearchQuery.shorten(String.valueOf(f.filename()))
                        + "' has no usable name (letters, digits, '.', '-', '_')");
            }
            byte[] bytes;
            try (InputStream in = f.content()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBody + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > maxBody) {
                throw new Api.Failure(413, "the body is over the limit of " + maxBody + " bytes");
            }
            Upload.Read read = Upload.read(bytes, name, IngestOptions.defaults());
            docs.addAll(read.documents());
            skipped.addAll(read.skipped());
            if (read.documents().isEmpty() && read.skipped().isEmpty()) {
                empty.add(name + ": no article in the file");
            }
        }
        if (docs.isEmpty()) {
            List<String> reasons = new ArrayList<>(empty);
            skipped.forEach(x -> reasons.add(x.source() + ": " + x.reason()));
            throw new DocumentInput.Invalid(reasons);
        }
        List<DocumentStore.Posted> posted = app.documents().post(docs);
        int queued = (int) posted.stream().filter(p -> p.state().equals(DocumentStore.QUEUED)).count();
        app.metrics().posted(docs.size());
        if (queued > 0) {
            app.wakeWorker();
        }
        Api.json(ctx, 202, new Api.UploadAccepted(posted.size(), queued, posted, skipped));
    }
}
