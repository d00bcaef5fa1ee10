// Conformance case 'validation-report-property-formats': the validator's checks of literal string
// properties by path, on L1 resources read from resources.tsv (id, type, Properties as JSON):
// E1150 / E1151 / E1154 (security group, VPC and subnet id formats: 8 to 17 hex digits) where the
// validator has them (not a function's or an endpoint's SubnetIds); F3031 patterns and F3033
// lengths of EFS and S3 Files mount targets, an S3 Files file system id, a function's Role,
// FunctionName, Description and FileSystemConfigs' Arn and LocalMountPath, an event source mapping's EventSourceArn (an
// unanchored pattern), a permission's Principal, Action, PrincipalOrgID, SourceAccount, SourceArn
// and EventSourceToken, a layer permission's OrganizationId, an event invoke config's destinations
// (empty or an unanchored ARN), IAM ManagedPolicyArns (unanchored), a role's, user's or group's Path (an ungrouped
// alternation) and a managed policy's Path, an
// events rule's ScheduleExpression (with E3027's first test), a log destination's policy; W3030, a
// function's Runtime and a layer's CompatibleRuntimes outside the validator's list. Refs are not
// checked.
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
