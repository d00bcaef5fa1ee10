// Conformance case 'events-generated-names': PhysicalName.GENERATE_IF_NEEDED as an EventBus's
// eventBusName and a Rule's ruleName, read from a stack of another account: a role there is
// granted putEvents on the bus (its policy names the bus's ARN, formatted from the generated name)
// and outputs take the names and the rule's ARN, so both names are generated (Name). A bus with a
// given name gives its literal ARN; a rule with the marker used only in its own stack stays
// unnamed. Rule.validateRule skips the marker (a token).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');

const G = cdk.PhysicalName.GENERATE_IF_NEEDED;
const app = new cdk.App();
const a = new cdk.Stack(app, 'EventsStack', { env: { account: '111111111111', region: 'eu-west-1' } });
const bus = new events.EventBus(a, 'Bus', { eventBusName: G });
const named = new events.EventBus(a, 'NamedBus', { eventBusName: 'orders-bus' });
const rule = new events.Rule(a, 'Rule', { ruleName: G, eventBus: bus, eventPattern: { source: ['orders'] } });
const local = new events.Rule(a, 'LocalRule', { ruleName: G, schedule: events.Schedule.rate(cdk.Duration.hours(1)) });
new cdk.CfnOutput(a, 'LocalRuleName', { value: local.ruleName });

const b = new cdk.Stack(app, 'UserStack', { env: { account: '222222222222', region: 'eu-west-1' } });
const role = new iam.Role(b, 'Publisher', { assumedBy: new iam.AccountRootPrincipal() });
bus.grantPutEventsTo(role);
named.grantPutEventsTo(role);
new cdk.CfnOutput(b, 'BusName', { value: bus.eventBusName });
new cdk.CfnOutput(b, 'RuleName', { value: rule.ruleName });
new cdk.CfnOutput(b, 'RuleArn', { value: rule.ruleArn });
app.synth();
