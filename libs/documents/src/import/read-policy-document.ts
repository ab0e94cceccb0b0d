import { detectPolicy } from './detect-policy';
import { ExtractOptions, extractText } from './extract-text';
import { assertLooksLikePolicy } from './policy-check';
import { DetectOptions, PolicyDocumentReading, UploadedFile } from './types';

/**
 * Extracts an uploaded policy's text and detects its fields. Throws the errors of
 * `extractText`, and DocumentRejectedError('not-a-policy') for a document that is not one.
 * The warnings are the extraction's followed by the detection's.
 */
export async function readPolicyDocument(
  file: UploadedFile,
  options: DetectOptions & ExtractOptions = {},
): Promise<PolicyDocumentReading> {
  const document = await extractText(file, options);
  const detection = detectPolicy(document.text, options);
  assertLooksLikePolicy(file.name, document.text, detection.detected);
  return { document, ...detection, warnings: [...document.warnings, ...detection.warnings] };
}
