// Conformance case 'validation-report-capacity-provider': the validator's checks of an
// AWS::Lambda::CapacityProvider's values (validation-report.json, compared), on L1 resources read
// from resources.tsv (id, type, Properties as JSON), beyond the ids capacity-provider.test.ts uses:
// PermissionsConfig.CapacityProviderOperatorRoleArn's F3031 role ARN pattern and E1156 format
// 'AWS::IAM::Role.Arn' (any name of one character or more without a newline), the allowed and
// excluded instance types' F3031 pattern and F3033 length (1 to 30), and F3034 on each scaling
// policy's TargetValue (0 to 100), with a security group and subnet id of the wrong shape too.
// AWS::Lambda::NetworkConnector's literal strings (validation-report.json, compared), on L1 resources
// read from resources.tsv (id, type, Properties as JSON), beyond network-connector.test.ts's
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
