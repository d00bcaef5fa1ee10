// Conformance case 'arn-split-imports': the imports whose name is Arn.split(arn,
// SLASH_RESOURCE_NAME).resourceName, on ARNs where that is more than "what follows the first /": a
// name after ':' (no '/'), a resource that starts with '/', a name with ':' after the '/', a literal
// ARN holding a token (split in C, not in the template), and a token ARN.
'use strict';
const cdk = require('aws-cdk-lib');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const out = (id, value) => new cdk.CfnOutput(stack, id, { value });
const partition = cdk.Aws.PARTITION;
const param = new cdk.CfnParameter(stack, 'TheArn').valueAsString;

out('KeyColonName', kms.Key.fromKeyArn(stack, 'KeyColon', 'arn:aws:kms:us-east-1:123456789012:key:colon-id').keyId);
out('KeyPartitionName', kms.Key.fromKeyArn(stack, 'KeyPartition', `arn:${partition}:kms:us-east-1:123456789012:key/abc`).keyId);
out('KeyTokenName', kms.Key.fromKeyArn(stack, 'KeyToken', param).keyId);
out('RuleColonName', events.Rule.fromEventRuleArn(stack, 'RuleColon', 'arn:aws:events:us-east-1:123456789012:rule:myrule').ruleName);
out('RuleSlashColonName', events.Rule.fromEventRuleArn(stack, 'RuleSlashColon', 'arn:aws:events:us-east-1:123456789012:rule/bus/r:x').ruleName);
out('BusLeadingSlashName', events.EventBus.fromEventBusArn(stack, 'BusLeadingSlash', 'arn:aws:events:us-east-1:123456789012:/event-bus/b').eventBusName);
out('BusPartitionName', events.EventBus.fromEventBusArn(stack, 'BusPartition', `arn:${partition}:events:us-east-1:123456789012:event-bus/b`).eventBusName);
out('StreamColonName', kinesis.Stream.fromStreamArn(stack, 'StreamColon', 'arn:aws:kinesis:us-east-1:123456789012:stream:s1').streamName);
out('StreamPartitionName', kinesis.Stream.fromStreamArn(stack, 'StreamPartition', `arn:${partition}:kinesis:us-east-1:123456789012:stream/s2`).streamName);
out('TableColonName', dynamodb.Table.fromTableArn(stack, 'TableColon', 'arn:aws:dynamodb:us-east-1:123456789012:table:t1').tableName);
out('TableLeadingSlashName', dynamodb.Table.fromTableArn(stack, 'TableLeadingSlash', 'arn:aws:dynamodb:us-east-1:123456789012:/table/t2').tableName);
out('GroupPartitionName', iam.Group.fromGroupArn(stack, 'GroupPartition', `arn:${partition}:iam::123456789012:group/path/g`).groupName);
out('GroupColonName', iam.Group.fromGroupArn(stack, 'GroupColon', 'arn:aws:iam::123456789012:group:g2').groupName);
out('ProfilingColonName', codeguru.ProfilingGroup.fromProfilingGroupArn(stack, 'ProfilingColon',
  'arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup:pg').profilingGroupName);
out('ConnectionColonName', events.Connection.fromEventBusArn(stack, 'ConnectionColon',
  'arn:aws:events:us-east-1:123456789012:connection:c1', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s').connectionName);
app.synth();
