// Conformance case 'validation-report-lambda-configs': the validator's checks of the values that
// code-signing-config.test.ts, logging-config.test.ts and runtime-management.test.ts's props become,
// on L1 resources read from resources.tsv (id, type, Properties as JSON), validation-report.json
// compared: a function's LoggingConfig enums (W3030: LogFormat, ApplicationLogLevel, SystemLogLevel,
// which the deprecated string props pass through), LogGroup's unanchored F3031 pattern (one allowed
// character anywhere is enough) and F3033 length (1 to 512), RuntimeManagementConfig.UpdateRuntimeOn's
// enum (RuntimeVersionArn unchecked), CodeSigningConfigArn's unanchored F3031 pattern (the test's
// imported 'arn:aws:lambda:::code-signing-config:aaa-xxxxxxxxxx' fails it); a CodeSigningConfig's
// Description length, SigningProfileVersionArns' item count (F3032, 1 to 20), pattern and length (12 to
// 1024), and UntrustedArtifactOnDeployment's enum.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
for (const line of fs.readFileSync(path.join(__dirname, 'resources.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const [id, type, json] = line.split('\t');
  new cdk.CfnResource(stack, id, { type, properties: JSON.parse(json) });
}
app.synth();
