import { commonHeaders, refreshCsrfToken } from './client';
import { ApiError, NETWORK_ERROR_CODE, errorFromResponse } from './errors';

/** Where an upload is: bytes still going up (with the fraction sent, when known), or the server checking them. */
export type UploadProgress = { phase: 'uploading'; fraction: number | null } | { phase: 'checking' };

function parseBody(xhr: XMLHttpRequest): unknown {
  if (!xhr.responseText) return undefined;
  try {
    return JSON.parse(xhr.responseText) as unknown;
  } catch {
    return xhr.responseText;
  }
}

/**
 * POSTs a multipart form with XMLHttpRequest, the one browser API that reports upload progress.
 * Carries a fresh CSRF token; failures throw ApiError like every other request.
 */
export async function uploadForm<T>(url: string, form: FormData, onProgress: (progress: UploadProgress) => void): Promise<T> {
  const csrfToken = await refreshCsrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(commonHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => onProgress({ phase: 'uploading', fraction: event.lengthComputable ? event.loaded / event.total : null });
    xhr.upload.onload = () => onProgress({ phase: 'checking' });
    xhr.onload = () => {
      const body = parseBody(xhr);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorFromResponse(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR_CODE, 'Network error'));
    onProgress({ phase: 'uploading', fraction: 0 });
    xhr.send(form);
  });
}
