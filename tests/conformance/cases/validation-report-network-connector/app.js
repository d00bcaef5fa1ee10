// Conformance case 'validation-report-network-connector': the validator's checks of an
// AWS::Lambda::NetworkConnector's literal strings (validation-report.json, compared), on L1 resources
// read from resources.tsv (id, type, Properties as JSON), beyond network-connector.test.ts's
// 'sg-abc123' (lambda-network-connector-tests-2): E1150 and the F3031 pattern and F3033 length of
// VpcEgressConfiguration's SecurityGroupIds and SubnetIds; Name's F3031 pattern, whose two
// alternatives are not grouped (a network-connector ARN prefix is enough, else the last character
// decides: 65 letters pass, a newline or a non-ASCII letter last does not) and its F3033 length
// (1 to 140); OperatorRole's F3031 role ARN pattern (no E1156 format check, unlike a capacity
// provider's).
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
